(module
 (type $0 (func (param i32 i32 i32 i32)))
 (type $1 (func (param f64) (result f64)))
 (type $2 (func (param i32 i32 i32 i32 i32 i32)))
 (type $3 (func (param i32 i32 i32)))
 (type $4 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)))
 (type $5 (func))
 (type $6 (func (param i32 i32)))
 (import "env" "memory" (memory $0 1 65536))
 (import "math" "exp" (func $exp (param f64) (result f64)))
 (import "math" "log" (func $log (param f64) (result f64)))
 (import "math" "tanh" (func $tanh (param f64) (result f64)))
 (export "fill32" (func $fill32))
 (export "fill8" (func $fill8))
 (export "op0_stage0" (func $op0_stage0))
 (export "op0_stage1" (func $op0_stage1))
 (export "op1" (func $op1))
 (export "op2_stage0" (func $op2_stage0))
 (export "op2_stage1" (func $op2_stage1))
 (export "op3" (func $op3))
 (export "index0" (func $index0))
 (export "group0" (func $group0))
 (export "group0_claim" (func $group0_claim))
 (func $microkernel_4x8 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local.set $4
   (i32.load
    (local.get $3)
   )
  )
  (local.set $5
   (i32.load offset=4
    (local.get $3)
   )
  )
  (local.set $6
   (i32.load offset=8
    (local.get $3)
   )
  )
  (local.set $7
   (i32.load offset=12
    (local.get $3)
   )
  )
  (local.set $8
   (v128.load align=4
    (local.get $4)
   )
  )
  (local.set $9
   (v128.load offset=16 align=4
    (local.get $4)
   )
  )
  (local.set $10
   (v128.load align=4
    (local.get $5)
   )
  )
  (local.set $11
   (v128.load offset=16 align=4
    (local.get $5)
   )
  )
  (local.set $12
   (v128.load align=4
    (local.get $6)
   )
  )
  (local.set $13
   (v128.load offset=16 align=4
    (local.get $6)
   )
  )
  (local.set $14
   (v128.load align=4
    (local.get $7)
   )
  )
  (local.set $15
   (v128.load offset=16 align=4
    (local.get $7)
   )
  )
  (local.set $19
   (i32.add
    (local.get $0)
    (i32.mul
     (local.get $2)
     (i32.const 16)
    )
   )
  )
  (block $exit0
   (local.set $20
    (local.get $0)
   )
   (local.set $21
    (local.get $19)
   )
   (br_if $exit0
    (i32.ge_s
     (local.get $20)
     (local.get $21)
    )
   )
   (loop $loop1
    (local.set $0
     (local.get $20)
    )
    (local.set $16
     (v128.load
      (local.get $1)
     )
    )
    (local.set $17
     (v128.load offset=16
      (local.get $1)
     )
    )
    (local.set $18
     (v128.load32_splat
      (local.get $0)
     )
    )
    (local.set $8
     (f32x4.add
      (local.get $8)
      (f32x4.mul
       (local.get $18)
       (local.get $16)
      )
     )
    )
    (local.set $9
     (f32x4.add
      (local.get $9)
      (f32x4.mul
       (local.get $18)
       (local.get $17)
      )
     )
    )
    (local.set $18
     (v128.load32_splat offset=4
      (local.get $0)
     )
    )
    (local.set $10
     (f32x4.add
      (local.get $10)
      (f32x4.mul
       (local.get $18)
       (local.get $16)
      )
     )
    )
    (local.set $11
     (f32x4.add
      (local.get $11)
      (f32x4.mul
       (local.get $18)
       (local.get $17)
      )
     )
    )
    (local.set $18
     (v128.load32_splat offset=8
      (local.get $0)
     )
    )
    (local.set $12
     (f32x4.add
      (local.get $12)
      (f32x4.mul
       (local.get $18)
       (local.get $16)
      )
     )
    )
    (local.set $13
     (f32x4.add
      (local.get $13)
      (f32x4.mul
       (local.get $18)
       (local.get $17)
      )
     )
    )
    (local.set $18
     (v128.load32_splat offset=12
      (local.get $0)
     )
    )
    (local.set $14
     (f32x4.add
      (local.get $14)
      (f32x4.mul
       (local.get $18)
       (local.get $16)
      )
     )
    )
    (local.set $15
     (f32x4.add
      (local.get $15)
      (f32x4.mul
       (local.get $18)
       (local.get $17)
      )
     )
    )
    (local.set $1
     (i32.add
      (local.get $1)
      (i32.const 32)
     )
    )
    (local.set $20
     (i32.add
      (local.get $20)
      (i32.const 16)
     )
    )
    (br_if $loop1
     (i32.lt_s
      (local.get $20)
      (local.get $21)
     )
    )
   )
  )
  (v128.store align=4
   (local.get $4)
   (local.get $8)
  )
  (v128.store offset=16 align=4
   (local.get $4)
   (local.get $9)
  )
  (v128.store align=4
   (local.get $5)
   (local.get $10)
  )
  (v128.store offset=16 align=4
   (local.get $5)
   (local.get $11)
  )
  (v128.store align=4
   (local.get $6)
   (local.get $12)
  )
  (v128.store offset=16 align=4
   (local.get $6)
   (local.get $13)
  )
  (v128.store align=4
   (local.get $7)
   (local.get $14)
  )
  (v128.store offset=16 align=4
   (local.get $7)
   (local.get $15)
  )
 )
 (func $microkernel_4x8_gather (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local.set $6
   (i32.load
    (local.get $4)
   )
  )
  (local.set $7
   (i32.load offset=4
    (local.get $4)
   )
  )
  (local.set $8
   (i32.load offset=8
    (local.get $4)
   )
  )
  (local.set $9
   (i32.load offset=12
    (local.get $4)
   )
  )
  (local.set $10
   (v128.load align=4
    (local.get $6)
   )
  )
  (local.set $11
   (v128.load offset=16 align=4
    (local.get $6)
   )
  )
  (local.set $12
   (v128.load align=4
    (local.get $7)
   )
  )
  (local.set $13
   (v128.load offset=16 align=4
    (local.get $7)
   )
  )
  (local.set $14
   (v128.load align=4
    (local.get $8)
   )
  )
  (local.set $15
   (v128.load offset=16 align=4
    (local.get $8)
   )
  )
  (local.set $16
   (v128.load align=4
    (local.get $9)
   )
  )
  (local.set $17
   (v128.load offset=16 align=4
    (local.get $9)
   )
  )
  (local.set $22
   (i32.add
    (local.get $2)
    (i32.shl
     (local.get $3)
     (i32.const 2)
    )
   )
  )
  (block $exit2
   (local.set $23
    (local.get $2)
   )
   (local.set $24
    (local.get $22)
   )
   (br_if $exit2
    (i32.ge_s
     (local.get $23)
     (local.get $24)
    )
   )
   (loop $loop3
    (local.set $2
     (local.get $23)
    )
    (local.set $21
     (i32.add
      (local.get $1)
      (i32.shl
       (i32.load
        (local.get $2)
       )
       (local.get $5)
      )
     )
    )
    (local.set $18
     (v128.load
      (local.get $21)
     )
    )
    (local.set $19
     (v128.load offset=16
      (local.get $21)
     )
    )
    (local.set $20
     (v128.load32_splat
      (local.get $0)
     )
    )
    (local.set $10
     (f32x4.add
      (local.get $10)
      (f32x4.mul
       (local.get $20)
       (local.get $18)
      )
     )
    )
    (local.set $11
     (f32x4.add
      (local.get $11)
      (f32x4.mul
       (local.get $20)
       (local.get $19)
      )
     )
    )
    (local.set $20
     (v128.load32_splat offset=4
      (local.get $0)
     )
    )
    (local.set $12
     (f32x4.add
      (local.get $12)
      (f32x4.mul
       (local.get $20)
       (local.get $18)
      )
     )
    )
    (local.set $13
     (f32x4.add
      (local.get $13)
      (f32x4.mul
       (local.get $20)
       (local.get $19)
      )
     )
    )
    (local.set $20
     (v128.load32_splat offset=8
      (local.get $0)
     )
    )
    (local.set $14
     (f32x4.add
      (local.get $14)
      (f32x4.mul
       (local.get $20)
       (local.get $18)
      )
     )
    )
    (local.set $15
     (f32x4.add
      (local.get $15)
      (f32x4.mul
       (local.get $20)
       (local.get $19)
      )
     )
    )
    (local.set $20
     (v128.load32_splat offset=12
      (local.get $0)
     )
    )
    (local.set $16
     (f32x4.add
      (local.get $16)
      (f32x4.mul
       (local.get $20)
       (local.get $18)
      )
     )
    )
    (local.set $17
     (f32x4.add
      (local.get $17)
      (f32x4.mul
       (local.get $20)
       (local.get $19)
      )
     )
    )
    (local.set $0
     (i32.add
      (local.get $0)
      (i32.const 16)
     )
    )
    (local.set $23
     (i32.add
      (local.get $23)
      (i32.const 4)
     )
    )
    (br_if $loop3
     (i32.lt_s
      (local.get $23)
      (local.get $24)
     )
    )
   )
  )
  (v128.store align=4
   (local.get $6)
   (local.get $10)
  )
  (v128.store offset=16 align=4
   (local.get $6)
   (local.get $11)
  )
  (v128.store align=4
   (local.get $7)
   (local.get $12)
  )
  (v128.store offset=16 align=4
   (local.get $7)
   (local.get $13)
  )
  (v128.store align=4
   (local.get $8)
   (local.get $14)
  )
  (v128.store offset=16 align=4
   (local.get $8)
   (local.get $15)
  )
  (v128.store align=4
   (local.get $9)
   (local.get $16)
  )
  (v128.store offset=16 align=4
   (local.get $9)
   (local.get $17)
  )
 )
 (func $microkernel_4x8_rows (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  (local $25 v128)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local.set $26
   (local.get $0)
  )
  (block $exit8
   (local.set $32
    (i32.const 0)
   )
   (local.set $35
    (local.get $7)
   )
   (br_if $exit8
    (i32.ge_s
     (local.get $32)
     (local.get $35)
    )
   )
   (loop $loop9
    (local.set $11
     (select
      (i32.add
       (i32.load
        (i32.add
         (local.get $6)
         (i32.shl
          (local.get $32)
          (i32.const 2)
         )
        )
       )
       (local.get $8)
      )
      (local.get $9)
      (i32.lt_s
       (i32.add
        (local.get $32)
        (i32.const 0)
       )
       (local.get $7)
      )
     )
    )
    (local.set $12
     (select
      (i32.add
       (i32.load offset=4
        (i32.add
         (local.get $6)
         (i32.shl
          (local.get $32)
          (i32.const 2)
         )
        )
       )
       (local.get $8)
      )
      (local.get $9)
      (i32.lt_s
       (i32.add
        (local.get $32)
        (i32.const 1)
       )
       (local.get $7)
      )
     )
    )
    (local.set $13
     (select
      (i32.add
       (i32.load offset=8
        (i32.add
         (local.get $6)
         (i32.shl
          (local.get $32)
          (i32.const 2)
         )
        )
       )
       (local.get $8)
      )
      (local.get $9)
      (i32.lt_s
       (i32.add
        (local.get $32)
        (i32.const 2)
       )
       (local.get $7)
      )
     )
    )
    (local.set $14
     (select
      (i32.add
       (i32.load offset=12
        (i32.add
         (local.get $6)
         (i32.shl
          (local.get $32)
          (i32.const 2)
         )
        )
       )
       (local.get $8)
      )
      (local.get $9)
      (i32.lt_s
       (i32.add
        (local.get $32)
        (i32.const 3)
       )
       (local.get $7)
      )
     )
    )
    (if
     (local.get $10)
     (then
      (local.set $15
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (local.set $16
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (local.set $17
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (local.set $18
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (local.set $19
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (local.set $20
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (local.set $21
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (local.set $22
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
     (else
      (local.set $15
       (v128.load align=4
        (local.get $11)
       )
      )
      (local.set $16
       (v128.load offset=16 align=4
        (local.get $11)
       )
      )
      (local.set $17
       (v128.load align=4
        (local.get $12)
       )
      )
      (local.set $18
       (v128.load offset=16 align=4
        (local.get $12)
       )
      )
      (local.set $19
       (v128.load align=4
        (local.get $13)
       )
      )
      (local.set $20
       (v128.load offset=16 align=4
        (local.get $13)
       )
      )
      (local.set $21
       (v128.load align=4
        (local.get $14)
       )
      )
      (local.set $22
       (v128.load offset=16 align=4
        (local.get $14)
       )
      )
     )
    )
    (local.set $28
     (i32.add
      (local.get $26)
      (i32.shl
       (local.get $4)
       (i32.const 4)
      )
     )
    )
    (if
     (i32.eqz
      (local.get $3)
     )
     (then
      (local.set $29
       (local.get $2)
      )
      (block $exit4
       (local.set $27
        (local.get $26)
       )
       (local.set $33
        (local.get $28)
       )
       (br_if $exit4
        (i32.ge_s
         (local.get $27)
         (local.get $33)
        )
       )
       (loop $loop5
        (local.set $23
         (v128.load
          (local.get $29)
         )
        )
        (local.set $24
         (v128.load offset=16
          (local.get $29)
         )
        )
        (local.set $25
         (v128.load32_splat
          (local.get $27)
         )
        )
        (local.set $15
         (f32x4.add
          (local.get $15)
          (f32x4.mul
           (local.get $25)
           (local.get $23)
          )
         )
        )
        (local.set $16
         (f32x4.add
          (local.get $16)
          (f32x4.mul
           (local.get $25)
           (local.get $24)
          )
         )
        )
        (local.set $25
         (v128.load32_splat offset=4
          (local.get $27)
         )
        )
        (local.set $17
         (f32x4.add
          (local.get $17)
          (f32x4.mul
           (local.get $25)
           (local.get $23)
          )
         )
        )
        (local.set $18
         (f32x4.add
          (local.get $18)
          (f32x4.mul
           (local.get $25)
           (local.get $24)
          )
         )
        )
        (local.set $25
         (v128.load32_splat offset=8
          (local.get $27)
         )
        )
        (local.set $19
         (f32x4.add
          (local.get $19)
          (f32x4.mul
           (local.get $25)
           (local.get $23)
          )
         )
        )
        (local.set $20
         (f32x4.add
          (local.get $20)
          (f32x4.mul
           (local.get $25)
           (local.get $24)
          )
         )
        )
        (local.set $25
         (v128.load32_splat offset=12
          (local.get $27)
         )
        )
        (local.set $21
         (f32x4.add
          (local.get $21)
          (f32x4.mul
           (local.get $25)
           (local.get $23)
          )
         )
        )
        (local.set $22
         (f32x4.add
          (local.get $22)
          (f32x4.mul
           (local.get $25)
           (local.get $24)
          )
         )
        )
        (local.set $29
         (i32.add
          (local.get $29)
          (i32.const 32)
         )
        )
        (local.set $27
         (i32.add
          (local.get $27)
          (i32.const 16)
         )
        )
        (br_if $loop5
         (i32.lt_s
          (local.get $27)
          (local.get $33)
         )
        )
       )
      )
     )
     (else
      (local.set $27
       (local.get $26)
      )
      (local.set $31
       (i32.add
        (local.get $3)
        (i32.shl
         (local.get $4)
         (i32.const 2)
        )
       )
      )
      (block $exit6
       (local.set $30
        (local.get $3)
       )
       (local.set $34
        (local.get $31)
       )
       (br_if $exit6
        (i32.ge_s
         (local.get $30)
         (local.get $34)
        )
       )
       (loop $loop7
        (local.set $29
         (i32.add
          (local.get $2)
          (i32.shl
           (i32.load
            (local.get $30)
           )
           (local.get $5)
          )
         )
        )
        (local.set $23
         (v128.load
          (local.get $29)
         )
        )
        (local.set $24
         (v128.load offset=16
          (local.get $29)
         )
        )
        (local.set $25
         (v128.load32_splat
          (local.get $27)
         )
        )
        (local.set $15
         (f32x4.add
          (local.get $15)
          (f32x4.mul
           (local.get $25)
           (local.get $23)
          )
         )
        )
        (local.set $16
         (f32x4.add
          (local.get $16)
          (f32x4.mul
           (local.get $25)
           (local.get $24)
          )
         )
        )
        (local.set $25
         (v128.load32_splat offset=4
          (local.get $27)
         )
        )
        (local.set $17
         (f32x4.add
          (local.get $17)
          (f32x4.mul
           (local.get $25)
           (local.get $23)
          )
         )
        )
        (local.set $18
         (f32x4.add
          (local.get $18)
          (f32x4.mul
           (local.get $25)
           (local.get $24)
          )
         )
        )
        (local.set $25
         (v128.load32_splat offset=8
          (local.get $27)
         )
        )
        (local.set $19
         (f32x4.add
          (local.get $19)
          (f32x4.mul
           (local.get $25)
           (local.get $23)
          )
         )
        )
        (local.set $20
         (f32x4.add
          (local.get $20)
          (f32x4.mul
           (local.get $25)
           (local.get $24)
          )
         )
        )
        (local.set $25
         (v128.load32_splat offset=12
          (local.get $27)
         )
        )
        (local.set $21
         (f32x4.add
          (local.get $21)
          (f32x4.mul
           (local.get $25)
           (local.get $23)
          )
         )
        )
        (local.set $22
         (f32x4.add
          (local.get $22)
          (f32x4.mul
           (local.get $25)
           (local.get $24)
          )
         )
        )
        (local.set $27
         (i32.add
          (local.get $27)
          (i32.const 16)
         )
        )
        (local.set $30
         (i32.add
          (local.get $30)
          (i32.const 4)
         )
        )
        (br_if $loop7
         (i32.lt_s
          (local.get $30)
          (local.get $34)
         )
        )
       )
      )
     )
    )
    (v128.store align=4
     (local.get $11)
     (local.get $15)
    )
    (v128.store offset=16 align=4
     (local.get $11)
     (local.get $16)
    )
    (v128.store align=4
     (local.get $12)
     (local.get $17)
    )
    (v128.store offset=16 align=4
     (local.get $12)
     (local.get $18)
    )
    (v128.store align=4
     (local.get $13)
     (local.get $19)
    )
    (v128.store offset=16 align=4
     (local.get $13)
     (local.get $20)
    )
    (v128.store align=4
     (local.get $14)
     (local.get $21)
    )
    (v128.store offset=16 align=4
     (local.get $14)
     (local.get $22)
    )
    (local.set $26
     (i32.add
      (local.get $26)
      (local.get $1)
     )
    )
    (local.set $32
     (i32.add
      (local.get $32)
      (i32.const 4)
     )
    )
    (br_if $loop9
     (i32.lt_s
      (local.get $32)
      (local.get $35)
     )
    )
   )
  )
 )
 (func $fill32 (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 v128)
  (local $6 i32)
  (local $7 i32)
  (local.set $5
   (i32x4.splat
    (local.get $2)
   )
  )
  (local.set $4
   (i32.add
    (local.get $0)
    (i32.shl
     (i32.and
      (local.get $1)
      (i32.const -4)
     )
     (i32.const 2)
    )
   )
  )
  (block $exit10
   (local.set $3
    (local.get $0)
   )
   (local.set $6
    (local.get $4)
   )
   (br_if $exit10
    (i32.ge_s
     (local.get $3)
     (local.get $6)
    )
   )
   (loop $loop11
    (v128.store align=4
     (local.get $3)
     (local.get $5)
    )
    (local.set $3
     (i32.add
      (local.get $3)
      (i32.const 16)
     )
    )
    (br_if $loop11
     (i32.lt_s
      (local.get $3)
      (local.get $6)
     )
    )
   )
  )
  (local.set $4
   (i32.add
    (local.get $0)
    (i32.shl
     (local.get $1)
     (i32.const 2)
    )
   )
  )
  (block $exit12
   (local.set $3
    (local.get $3)
   )
   (local.set $7
    (local.get $4)
   )
   (br_if $exit12
    (i32.ge_s
     (local.get $3)
     (local.get $7)
    )
   )
   (loop $loop13
    (i32.store
     (local.get $3)
     (local.get $2)
    )
    (local.set $3
     (i32.add
      (local.get $3)
      (i32.const 4)
     )
    )
    (br_if $loop13
     (i32.lt_s
      (local.get $3)
      (local.get $7)
     )
    )
   )
  )
 )
 (func $fill8 (param $0 i32) (param $1 i32) (param $2 i32)
  (memory.fill
   (local.get $0)
   (local.get $2)
   (local.get $1)
  )
 )
 (func $op0_stage0_part (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 v128)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 i32)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local.set $27
   (v128.const i32x4 0x00000000 0x00000001 0x00000002 0x00000003)
  )
  (local.set $29
   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
  )
  (block $exit18
   (local.set $4
    (local.get $0)
   )
   (local.set $33
    (local.get $1)
   )
   (br_if $exit18
    (i32.ge_s
     (local.get $4)
     (local.get $33)
    )
   )
   (loop $loop19
    (local.set $11
     (local.get $4)
    )
    (local.set $5
     (local.get $11)
    )
    (local.set $21
     (i32.add
      (i32.const 65536)
      (i32.mul
       (local.get $5)
       (i32.const 3072)
      )
     )
    )
    (local.set $30
     (i32.add
      (i32.const 4794368)
      (i32.shl
       (local.get $5)
       (i32.const 2)
      )
     )
    )
    (local.set $13
     (local.get $29)
    )
    (local.set $18
     (local.get $29)
    )
    (local.set $19
     (local.get $29)
    )
    (local.set $20
     (local.get $29)
    )
    (block $exit14
     (local.set $6
      (local.get $2)
     )
     (local.set $31
      (i32.sub
       (local.get $3)
       (i32.const 15)
      )
     )
     (br_if $exit14
      (i32.ge_s
       (local.get $6)
       (local.get $31)
      )
     )
     (loop $loop15
      (local.set $22
       (v128.load align=4
        (i32.add
         (local.get $21)
         (i32.shl
          (local.get $6)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $13
       (f32x4.add
        (local.get $13)
        (local.get $22)
       )
      )
      (local.set $23
       (v128.load offset=16 align=4
        (i32.add
         (local.get $21)
         (i32.shl
          (local.get $6)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $18
       (f32x4.add
        (local.get $18)
        (local.get $23)
       )
      )
      (local.set $24
       (v128.load offset=32 align=4
        (i32.add
         (local.get $21)
         (i32.shl
          (local.get $6)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $19
       (f32x4.add
        (local.get $19)
        (local.get $24)
       )
      )
      (local.set $25
       (v128.load offset=48 align=4
        (i32.add
         (local.get $21)
         (i32.shl
          (local.get $6)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $20
       (f32x4.add
        (local.get $20)
        (local.get $25)
       )
      )
      (local.set $6
       (i32.add
        (local.get $6)
        (i32.const 16)
       )
      )
      (br_if $loop15
       (i32.lt_s
        (local.get $6)
        (local.get $31)
       )
      )
     )
    )
    (block $exit16
     (local.set $6
      (local.get $6)
     )
     (local.set $32
      (i32.sub
       (local.get $3)
       (i32.const 3)
      )
     )
     (br_if $exit16
      (i32.ge_s
       (local.get $6)
       (local.get $32)
      )
     )
     (loop $loop17
      (local.set $26
       (v128.load align=4
        (i32.add
         (local.get $21)
         (i32.shl
          (local.get $6)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $13
       (f32x4.add
        (local.get $13)
        (local.get $26)
       )
      )
      (local.set $6
       (i32.add
        (local.get $6)
        (i32.const 4)
       )
      )
      (br_if $loop17
       (i32.lt_s
        (local.get $6)
        (local.get $32)
       )
      )
     )
    )
    (if
     (i32.lt_s
      (local.get $6)
      (local.get $3)
     )
     (then
      (local.set $12
       (i32.sub
        (local.get $3)
        (local.get $6)
       )
      )
      (local.set $7
       (select
        (i32.add
         (local.get $6)
         (i32.const 0)
        )
        (i32.sub
         (local.get $3)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $6)
          (i32.const 0)
         )
         (local.get $3)
        )
       )
      )
      (local.set $8
       (select
        (i32.add
         (local.get $6)
         (i32.const 1)
        )
        (i32.sub
         (local.get $3)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $6)
          (i32.const 1)
         )
         (local.get $3)
        )
       )
      )
      (local.set $9
       (select
        (i32.add
         (local.get $6)
         (i32.const 2)
        )
        (i32.sub
         (local.get $3)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $6)
          (i32.const 2)
         )
         (local.get $3)
        )
       )
      )
      (local.set $10
       (select
        (i32.add
         (local.get $6)
         (i32.const 3)
        )
        (i32.sub
         (local.get $3)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $6)
          (i32.const 3)
         )
         (local.get $3)
        )
       )
      )
      (local.set $28
       (v128.load32_lane 3
        (i32.add
         (local.get $21)
         (i32.shl
          (local.get $10)
          (i32.const 2)
         )
        )
        (v128.load32_lane 2
         (i32.add
          (local.get $21)
          (i32.shl
           (local.get $9)
           (i32.const 2)
          )
         )
         (v128.load32_lane 1
          (i32.add
           (local.get $21)
           (i32.shl
            (local.get $8)
            (i32.const 2)
           )
          )
          (v128.load32_lane 0
           (i32.add
            (local.get $21)
            (i32.shl
             (local.get $7)
             (i32.const 2)
            )
           )
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
         )
        )
       )
      )
      (local.set $13
       (f32x4.add
        (local.get $13)
        (v128.bitselect
         (local.get $28)
         (local.get $29)
         (i32x4.lt_s
          (local.get $27)
          (i32x4.splat
           (local.get $12)
          )
         )
        )
       )
      )
     )
    )
    (local.set $13
     (f32x4.add
      (local.get $13)
      (local.get $18)
     )
    )
    (local.set $19
     (f32x4.add
      (local.get $19)
      (local.get $20)
     )
    )
    (local.set $13
     (f32x4.add
      (local.get $13)
      (local.get $19)
     )
    )
    (local.set $13
     (f32x4.add
      (local.get $13)
      (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
       (local.get $13)
       (local.get $13)
      )
     )
    )
    (local.set $13
     (f32x4.add
      (local.get $13)
      (i8x16.shuffle 4 5 6 7 0 1 2 3 12 13 14 15 8 9 10 11
       (local.get $13)
       (local.get $13)
      )
     )
    )
    (f32.store
     (local.get $30)
     (f32x4.extract_lane 0
      (local.get $13)
     )
    )
    (local.set $4
     (i32.add
      (local.get $4)
      (i32.const 1)
     )
    )
    (br_if $loop19
     (i32.lt_s
      (local.get $4)
      (local.get $33)
     )
    )
   )
  )
 )
 (func $op0_stage0 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local.set $5
   (i32.add
    (i32.div_s
     (i32.sub
      (local.get $1)
      (local.get $0)
     )
     (i32.const 32)
    )
    (i32.const 1)
   )
  )
  (block $exit20
   (local.set $4
    (local.get $0)
   )
   (local.set $6
    (local.get $1)
   )
   (local.set $7
    (local.get $5)
   )
   (br_if $exit20
    (i32.ge_s
     (local.get $4)
     (local.get $6)
    )
   )
   (loop $loop21
    (call $op0_stage0_part
     (local.get $4)
     (select
      (i32.add
       (local.get $4)
       (local.get $5)
      )
      (local.get $1)
      (i32.lt_s
       (i32.add
        (local.get $4)
        (local.get $5)
       )
       (local.get $1)
      )
     )
     (local.get $2)
     (local.get $3)
    )
    (local.set $4
     (i32.add
      (local.get $4)
      (local.get $7)
     )
    )
    (br_if $loop21
     (i32.lt_s
      (local.get $4)
      (local.get $6)
     )
    )
   )
  )
 )
 (func $op0_stage1_part (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 v128)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 i32)
  (local $24 i32)
  (local.set $18
   (v128.const i32x4 0x44400000 0x44400000 0x44400000 0x44400000)
  )
  (block $exit26
   (local.set $4
    (local.get $0)
   )
   (local.set $24
    (local.get $1)
   )
   (br_if $exit26
    (i32.ge_s
     (local.get $4)
     (local.get $24)
    )
   )
   (loop $loop27
    (block $exit24
     (local.set $5
      (local.get $2)
     )
     (local.set $23
      (i32.sub
       (local.get $3)
       (i32.const 3)
      )
     )
     (br_if $exit24
      (i32.ge_s
       (local.get $5)
       (local.get $23)
      )
     )
     (loop $loop25
      (local.set $17
       (v128.load align=4
        (i32.add
         (i32.const 4794368)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $19
       (f32x4.div
        (local.get $17)
        (local.get $18)
       )
      )
      (v128.store align=4
       (i32.add
        (i32.const 1644544)
        (i32.shl
         (local.get $5)
         (i32.const 2)
        )
       )
       (local.get $19)
      )
      (local.set $5
       (i32.add
        (local.get $5)
        (i32.const 4)
       )
      )
      (br_if $loop25
       (i32.lt_s
        (local.get $5)
        (local.get $23)
       )
      )
     )
    )
    (if
     (i32.lt_s
      (local.get $5)
      (local.get $3)
     )
     (then
      (local.set $11
       (i32.sub
        (local.get $3)
        (local.get $5)
       )
      )
      (local.set $6
       (select
        (i32.add
         (local.get $5)
         (i32.const 0)
        )
        (i32.sub
         (local.get $3)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $5)
          (i32.const 0)
         )
         (local.get $3)
        )
       )
      )
      (local.set $7
       (select
        (i32.add
         (local.get $5)
         (i32.const 1)
        )
        (i32.sub
         (local.get $3)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $5)
          (i32.const 1)
         )
         (local.get $3)
        )
       )
      )
      (local.set $8
       (select
        (i32.add
         (local.get $5)
         (i32.const 2)
        )
        (i32.sub
         (local.get $3)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $5)
          (i32.const 2)
         )
         (local.get $3)
        )
       )
      )
      (local.set $9
       (select
        (i32.add
         (local.get $5)
         (i32.const 3)
        )
        (i32.sub
         (local.get $3)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $5)
          (i32.const 3)
         )
         (local.get $3)
        )
       )
      )
      (local.set $20
       (v128.load32_lane 3
        (i32.add
         (i32.const 4794368)
         (i32.shl
          (local.get $9)
          (i32.const 2)
         )
        )
        (v128.load32_lane 2
         (i32.add
          (i32.const 4794368)
          (i32.shl
           (local.get $8)
           (i32.const 2)
          )
         )
         (v128.load32_lane 1
          (i32.add
           (i32.const 4794368)
           (i32.shl
            (local.get $7)
            (i32.const 2)
           )
          )
          (v128.load32_lane 0
           (i32.add
            (i32.const 4794368)
            (i32.shl
             (local.get $6)
             (i32.const 2)
            )
           )
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
         )
        )
       )
      )
      (local.set $21
       (f32x4.div
        (local.get $20)
        (local.get $18)
       )
      )
      (local.set $22
       (local.get $21)
      )
      (v128.store32_lane 0
       (i32.add
        (i32.const 1644544)
        (i32.shl
         (i32.add
          (local.get $5)
          (i32.const 0)
         )
         (i32.const 2)
        )
       )
       (local.get $22)
      )
      (if
       (i32.lt_s
        (i32.const 1)
        (local.get $11)
       )
       (then
        (v128.store32_lane 1
         (i32.add
          (i32.const 1644544)
          (i32.shl
           (i32.add
            (local.get $5)
            (i32.const 1)
           )
           (i32.const 2)
          )
         )
         (local.get $22)
        )
       )
      )
      (if
       (i32.lt_s
        (i32.const 2)
        (local.get $11)
       )
       (then
        (v128.store32_lane 2
         (i32.add
          (i32.const 1644544)
          (i32.shl
           (i32.add
            (local.get $5)
            (i32.const 2)
           )
           (i32.const 2)
          )
         )
         (local.get $22)
        )
       )
      )
      (if
       (i32.lt_s
        (i32.const 3)
        (local.get $11)
       )
       (then
        (v128.store32_lane 3
         (i32.add
          (i32.const 1644544)
          (i32.shl
           (i32.add
            (local.get $5)
            (i32.const 3)
           )
           (i32.const 2)
          )
         )
         (local.get $22)
        )
       )
      )
     )
    )
    (local.set $4
     (i32.add
      (local.get $4)
      (i32.const 1)
     )
    )
    (br_if $loop27
     (i32.lt_s
      (local.get $4)
      (local.get $24)
     )
    )
   )
  )
 )
 (func $op0_stage1 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (if
   (i32.eq
    (i32.sub
     (local.get $1)
     (local.get $0)
    )
    (i32.const 1)
   )
   (then
    (local.set $5
     (i32.shl
      (i32.add
       (i32.div_s
        (i32.sub
         (local.get $3)
         (local.get $2)
        )
        (i32.const 128)
       )
       (i32.const 1)
      )
      (i32.const 2)
     )
    )
    (block $exit30
     (local.set $4
      (local.get $2)
     )
     (local.set $8
      (local.get $3)
     )
     (local.set $9
      (local.get $5)
     )
     (br_if $exit30
      (i32.ge_s
       (local.get $4)
       (local.get $8)
      )
     )
     (loop $loop31
      (call $op0_stage1_part
       (local.get $0)
       (local.get $1)
       (local.get $4)
       (select
        (i32.add
         (local.get $4)
         (local.get $5)
        )
        (local.get $3)
        (i32.lt_s
         (i32.add
          (local.get $4)
          (local.get $5)
         )
         (local.get $3)
        )
       )
      )
      (local.set $4
       (i32.add
        (local.get $4)
        (local.get $9)
       )
      )
      (br_if $loop31
       (i32.lt_s
        (local.get $4)
        (local.get $8)
       )
      )
     )
    )
   )
   (else
    (local.set $5
     (i32.add
      (i32.div_s
       (i32.sub
        (local.get $1)
        (local.get $0)
       )
       (i32.const 32)
      )
      (i32.const 1)
     )
    )
    (block $exit28
     (local.set $4
      (local.get $0)
     )
     (local.set $6
      (local.get $1)
     )
     (local.set $7
      (local.get $5)
     )
     (br_if $exit28
      (i32.ge_s
       (local.get $4)
       (local.get $6)
      )
     )
     (loop $loop29
      (call $op0_stage1_part
       (local.get $4)
       (select
        (i32.add
         (local.get $4)
         (local.get $5)
        )
        (local.get $1)
        (i32.lt_s
         (i32.add
          (local.get $4)
          (local.get $5)
         )
         (local.get $1)
        )
       )
       (local.get $2)
       (local.get $3)
      )
      (local.set $4
       (i32.add
        (local.get $4)
        (local.get $7)
       )
      )
      (br_if $loop29
       (i32.lt_s
        (local.get $4)
        (local.get $6)
       )
      )
     )
    )
   )
  )
 )
 (func $op1_part (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 v128)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 v128)
  (local $20 i32)
  (local $21 v128)
  (local $22 v128)
  (local $23 i32)
  (local $24 v128)
  (local $25 v128)
  (local $26 v128)
  (local $27 i32)
  (local $28 i32)
  (block $exit34
   (local.set $4
    (local.get $0)
   )
   (local.set $28
    (local.get $1)
   )
   (br_if $exit34
    (i32.ge_s
     (local.get $4)
     (local.get $28)
    )
   )
   (loop $loop35
    (local.set $11
     (local.get $4)
    )
    (local.set $5
     (local.get $11)
    )
    (local.set $18
     (i32.add
      (i32.const 65536)
      (i32.mul
       (local.get $5)
       (i32.const 3072)
      )
     )
    )
    (local.set $20
     (i32.add
      (i32.const 1644544)
      (i32.shl
       (local.get $5)
       (i32.const 2)
      )
     )
    )
    (local.set $21
     (v128.load32_splat
      (local.get $20)
     )
    )
    (local.set $23
     (i32.add
      (i32.const 1646592)
      (i32.mul
       (local.get $5)
       (i32.const 3072)
      )
     )
    )
    (block $exit32
     (local.set $6
      (local.get $2)
     )
     (local.set $27
      (i32.sub
       (local.get $3)
       (i32.const 3)
      )
     )
     (br_if $exit32
      (i32.ge_s
       (local.get $6)
       (local.get $27)
      )
     )
     (loop $loop33
      (local.set $19
       (v128.load align=4
        (i32.add
         (local.get $18)
         (i32.shl
          (local.get $6)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $22
       (f32x4.sub
        (local.get $19)
        (local.get $21)
       )
      )
      (v128.store align=4
       (i32.add
        (local.get $23)
        (i32.shl
         (local.get $6)
         (i32.const 2)
        )
       )
       (local.get $22)
      )
      (local.set $6
       (i32.add
        (local.get $6)
        (i32.const 4)
       )
      )
      (br_if $loop33
       (i32.lt_s
        (local.get $6)
        (local.get $27)
       )
      )
     )
    )
    (if
     (i32.lt_s
      (local.get $6)
      (local.get $3)
     )
     (then
      (local.set $12
       (i32.sub
        (local.get $3)
        (local.get $6)
       )
      )
      (local.set $7
       (select
        (i32.add
         (local.get $6)
         (i32.const 0)
        )
        (i32.sub
         (local.get $3)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $6)
          (i32.const 0)
         )
         (local.get $3)
        )
       )
      )
      (local.set $8
       (select
        (i32.add
         (local.get $6)
         (i32.const 1)
        )
        (i32.sub
         (local.get $3)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $6)
          (i32.const 1)
         )
         (local.get $3)
        )
       )
      )
      (local.set $9
       (select
        (i32.add
         (local.get $6)
         (i32.const 2)
        )
        (i32.sub
         (local.get $3)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $6)
          (i32.const 2)
         )
         (local.get $3)
        )
       )
      )
      (local.set $10
       (select
        (i32.add
         (local.get $6)
         (i32.const 3)
        )
        (i32.sub
         (local.get $3)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $6)
          (i32.const 3)
         )
         (local.get $3)
        )
       )
      )
      (local.set $24
       (v128.load32_lane 3
        (i32.add
         (local.get $18)
         (i32.shl
          (local.get $10)
          (i32.const 2)
         )
        )
        (v128.load32_lane 2
         (i32.add
          (local.get $18)
          (i32.shl
           (local.get $9)
           (i32.const 2)
          )
         )
         (v128.load32_lane 1
          (i32.add
           (local.get $18)
           (i32.shl
            (local.get $8)
            (i32.const 2)
           )
          )
          (v128.load32_lane 0
           (i32.add
            (local.get $18)
            (i32.shl
             (local.get $7)
             (i32.const 2)
            )
           )
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
         )
        )
       )
      )
      (local.set $25
       (f32x4.sub
        (local.get $24)
        (local.get $21)
       )
      )
      (local.set $26
       (local.get $25)
      )
      (v128.store32_lane 0
       (i32.add
        (local.get $23)
        (i32.shl
         (i32.add
          (local.get $6)
          (i32.const 0)
         )
         (i32.const 2)
        )
       )
       (local.get $26)
      )
      (if
       (i32.lt_s
        (i32.const 1)
        (local.get $12)
       )
       (then
        (v128.store32_lane 1
         (i32.add
          (local.get $23)
          (i32.shl
           (i32.add
            (local.get $6)
            (i32.const 1)
           )
           (i32.const 2)
          )
         )
         (local.get $26)
        )
       )
      )
      (if
       (i32.lt_s
        (i32.const 2)
        (local.get $12)
       )
       (then
        (v128.store32_lane 2
         (i32.add
          (local.get $23)
          (i32.shl
           (i32.add
            (local.get $6)
            (i32.const 2)
           )
           (i32.const 2)
          )
         )
         (local.get $26)
        )
       )
      )
      (if
       (i32.lt_s
        (i32.const 3)
        (local.get $12)
       )
       (then
        (v128.store32_lane 3
         (i32.add
          (local.get $23)
          (i32.shl
           (i32.add
            (local.get $6)
            (i32.const 3)
           )
           (i32.const 2)
          )
         )
         (local.get $26)
        )
       )
      )
     )
    )
    (local.set $4
     (i32.add
      (local.get $4)
      (i32.const 1)
     )
    )
    (br_if $loop35
     (i32.lt_s
      (local.get $4)
      (local.get $28)
     )
    )
   )
  )
 )
 (func $op1 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (if
   (i32.eq
    (i32.sub
     (local.get $1)
     (local.get $0)
    )
    (i32.const 1)
   )
   (then
    (local.set $5
     (i32.shl
      (i32.add
       (i32.div_s
        (i32.sub
         (local.get $3)
         (local.get $2)
        )
        (i32.const 128)
       )
       (i32.const 1)
      )
      (i32.const 2)
     )
    )
    (block $exit38
     (local.set $4
      (local.get $2)
     )
     (local.set $8
      (local.get $3)
     )
     (local.set $9
      (local.get $5)
     )
     (br_if $exit38
      (i32.ge_s
       (local.get $4)
       (local.get $8)
      )
     )
     (loop $loop39
      (call $op1_part
       (local.get $0)
       (local.get $1)
       (local.get $4)
       (select
        (i32.add
         (local.get $4)
         (local.get $5)
        )
        (local.get $3)
        (i32.lt_s
         (i32.add
          (local.get $4)
          (local.get $5)
         )
         (local.get $3)
        )
       )
      )
      (local.set $4
       (i32.add
        (local.get $4)
        (local.get $9)
       )
      )
      (br_if $loop39
       (i32.lt_s
        (local.get $4)
        (local.get $8)
       )
      )
     )
    )
   )
   (else
    (local.set $5
     (i32.add
      (i32.div_s
       (i32.sub
        (local.get $1)
        (local.get $0)
       )
       (i32.const 32)
      )
      (i32.const 1)
     )
    )
    (block $exit36
     (local.set $4
      (local.get $0)
     )
     (local.set $6
      (local.get $1)
     )
     (local.set $7
      (local.get $5)
     )
     (br_if $exit36
      (i32.ge_s
       (local.get $4)
       (local.get $6)
      )
     )
     (loop $loop37
      (call $op1_part
       (local.get $4)
       (select
        (i32.add
         (local.get $4)
         (local.get $5)
        )
        (local.get $1)
        (i32.lt_s
         (i32.add
          (local.get $4)
          (local.get $5)
         )
         (local.get $1)
        )
       )
       (local.get $2)
       (local.get $3)
      )
      (local.set $4
       (i32.add
        (local.get $4)
        (local.get $7)
       )
      )
      (br_if $loop37
       (i32.lt_s
        (local.get $4)
        (local.get $6)
       )
      )
     )
    )
   )
  )
 )
 (func $op2_stage0_part (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 v128)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 i32)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 v128)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  (local $35 v128)
  (local $36 i32)
  (local $37 i32)
  (local $38 i32)
  (local $39 i32)
  (local.set $32
   (v128.const i32x4 0x00000000 0x00000001 0x00000002 0x00000003)
  )
  (local.set $35
   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
  )
  (block $exit44
   (local.set $4
    (local.get $0)
   )
   (local.set $39
    (local.get $1)
   )
   (br_if $exit44
    (i32.ge_s
     (local.get $4)
     (local.get $39)
    )
   )
   (loop $loop45
    (local.set $11
     (local.get $4)
    )
    (local.set $5
     (local.get $11)
    )
    (local.set $21
     (i32.add
      (i32.const 1646592)
      (i32.mul
       (local.get $5)
       (i32.const 3072)
      )
     )
    )
    (local.set $36
     (i32.add
      (i32.const 4796416)
      (i32.shl
       (local.get $5)
       (i32.const 2)
      )
     )
    )
    (local.set $13
     (local.get $35)
    )
    (local.set $18
     (local.get $35)
    )
    (local.set $19
     (local.get $35)
    )
    (local.set $20
     (local.get $35)
    )
    (block $exit40
     (local.set $6
      (local.get $2)
     )
     (local.set $37
      (i32.sub
       (local.get $3)
       (i32.const 15)
      )
     )
     (br_if $exit40
      (i32.ge_s
       (local.get $6)
       (local.get $37)
      )
     )
     (loop $loop41
      (local.set $22
       (v128.load align=4
        (i32.add
         (local.get $21)
         (i32.shl
          (local.get $6)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $23
       (f32x4.mul
        (local.get $22)
        (local.get $22)
       )
      )
      (local.set $13
       (f32x4.add
        (local.get $13)
        (local.get $23)
       )
      )
      (local.set $24
       (v128.load offset=16 align=4
        (i32.add
         (local.get $21)
         (i32.shl
          (local.get $6)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $25
       (f32x4.mul
        (local.get $24)
        (local.get $24)
       )
      )
      (local.set $18
       (f32x4.add
        (local.get $18)
        (local.get $25)
       )
      )
      (local.set $26
       (v128.load offset=32 align=4
        (i32.add
         (local.get $21)
         (i32.shl
          (local.get $6)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $27
       (f32x4.mul
        (local.get $26)
        (local.get $26)
       )
      )
      (local.set $19
       (f32x4.add
        (local.get $19)
        (local.get $27)
       )
      )
      (local.set $28
       (v128.load offset=48 align=4
        (i32.add
         (local.get $21)
         (i32.shl
          (local.get $6)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $29
       (f32x4.mul
        (local.get $28)
        (local.get $28)
       )
      )
      (local.set $20
       (f32x4.add
        (local.get $20)
        (local.get $29)
       )
      )
      (local.set $6
       (i32.add
        (local.get $6)
        (i32.const 16)
       )
      )
      (br_if $loop41
       (i32.lt_s
        (local.get $6)
        (local.get $37)
       )
      )
     )
    )
    (block $exit42
     (local.set $6
      (local.get $6)
     )
     (local.set $38
      (i32.sub
       (local.get $3)
       (i32.const 3)
      )
     )
     (br_if $exit42
      (i32.ge_s
       (local.get $6)
       (local.get $38)
      )
     )
     (loop $loop43
      (local.set $30
       (v128.load align=4
        (i32.add
         (local.get $21)
         (i32.shl
          (local.get $6)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $31
       (f32x4.mul
        (local.get $30)
        (local.get $30)
       )
      )
      (local.set $13
       (f32x4.add
        (local.get $13)
        (local.get $31)
       )
      )
      (local.set $6
       (i32.add
        (local.get $6)
        (i32.const 4)
       )
      )
      (br_if $loop43
       (i32.lt_s
        (local.get $6)
        (local.get $38)
       )
      )
     )
    )
    (if
     (i32.lt_s
      (local.get $6)
      (local.get $3)
     )
     (then
      (local.set $12
       (i32.sub
        (local.get $3)
        (local.get $6)
       )
      )
      (local.set $7
       (select
        (i32.add
         (local.get $6)
         (i32.const 0)
        )
        (i32.sub
         (local.get $3)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $6)
          (i32.const 0)
         )
         (local.get $3)
        )
       )
      )
      (local.set $8
       (select
        (i32.add
         (local.get $6)
         (i32.const 1)
        )
        (i32.sub
         (local.get $3)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $6)
          (i32.const 1)
         )
         (local.get $3)
        )
       )
      )
      (local.set $9
       (select
        (i32.add
         (local.get $6)
         (i32.const 2)
        )
        (i32.sub
         (local.get $3)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $6)
          (i32.const 2)
         )
         (local.get $3)
        )
       )
      )
      (local.set $10
       (select
        (i32.add
         (local.get $6)
         (i32.const 3)
        )
        (i32.sub
         (local.get $3)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $6)
          (i32.const 3)
         )
         (local.get $3)
        )
       )
      )
      (local.set $33
       (v128.load32_lane 3
        (i32.add
         (local.get $21)
         (i32.shl
          (local.get $10)
          (i32.const 2)
         )
        )
        (v128.load32_lane 2
         (i32.add
          (local.get $21)
          (i32.shl
           (local.get $9)
           (i32.const 2)
          )
         )
         (v128.load32_lane 1
          (i32.add
           (local.get $21)
           (i32.shl
            (local.get $8)
            (i32.const 2)
           )
          )
          (v128.load32_lane 0
           (i32.add
            (local.get $21)
            (i32.shl
             (local.get $7)
             (i32.const 2)
            )
           )
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
         )
        )
       )
      )
      (local.set $34
       (f32x4.mul
        (local.get $33)
        (local.get $33)
       )
      )
      (local.set $13
       (f32x4.add
        (local.get $13)
        (v128.bitselect
         (local.get $34)
         (local.get $35)
         (i32x4.lt_s
          (local.get $32)
          (i32x4.splat
           (local.get $12)
          )
         )
        )
       )
      )
     )
    )
    (local.set $13
     (f32x4.add
      (local.get $13)
      (local.get $18)
     )
    )
    (local.set $19
     (f32x4.add
      (local.get $19)
      (local.get $20)
     )
    )
    (local.set $13
     (f32x4.add
      (local.get $13)
      (local.get $19)
     )
    )
    (local.set $13
     (f32x4.add
      (local.get $13)
      (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
       (local.get $13)
       (local.get $13)
      )
     )
    )
    (local.set $13
     (f32x4.add
      (local.get $13)
      (i8x16.shuffle 4 5 6 7 0 1 2 3 12 13 14 15 8 9 10 11
       (local.get $13)
       (local.get $13)
      )
     )
    )
    (f32.store
     (local.get $36)
     (f32x4.extract_lane 0
      (local.get $13)
     )
    )
    (local.set $4
     (i32.add
      (local.get $4)
      (i32.const 1)
     )
    )
    (br_if $loop45
     (i32.lt_s
      (local.get $4)
      (local.get $39)
     )
    )
   )
  )
 )
 (func $op2_stage0 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local.set $5
   (i32.add
    (i32.div_s
     (i32.sub
      (local.get $1)
      (local.get $0)
     )
     (i32.const 32)
    )
    (i32.const 1)
   )
  )
  (block $exit46
   (local.set $4
    (local.get $0)
   )
   (local.set $6
    (local.get $1)
   )
   (local.set $7
    (local.get $5)
   )
   (br_if $exit46
    (i32.ge_s
     (local.get $4)
     (local.get $6)
    )
   )
   (loop $loop47
    (call $op2_stage0_part
     (local.get $4)
     (select
      (i32.add
       (local.get $4)
       (local.get $5)
      )
      (local.get $1)
      (i32.lt_s
       (i32.add
        (local.get $4)
        (local.get $5)
       )
       (local.get $1)
      )
     )
     (local.get $2)
     (local.get $3)
    )
    (local.set $4
     (i32.add
      (local.get $4)
      (local.get $7)
     )
    )
    (br_if $loop47
     (i32.lt_s
      (local.get $4)
      (local.get $6)
     )
    )
   )
  )
 )
 (func $op2_stage1_part (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 v128)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 i32)
  (local $24 i32)
  (local.set $18
   (v128.const i32x4 0x44400000 0x44400000 0x44400000 0x44400000)
  )
  (block $exit52
   (local.set $4
    (local.get $0)
   )
   (local.set $24
    (local.get $1)
   )
   (br_if $exit52
    (i32.ge_s
     (local.get $4)
     (local.get $24)
    )
   )
   (loop $loop53
    (block $exit50
     (local.set $5
      (local.get $2)
     )
     (local.set $23
      (i32.sub
       (local.get $3)
       (i32.const 3)
      )
     )
     (br_if $exit50
      (i32.ge_s
       (local.get $5)
       (local.get $23)
      )
     )
     (loop $loop51
      (local.set $17
       (v128.load align=4
        (i32.add
         (i32.const 4796416)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $19
       (f32x4.div
        (local.get $17)
        (local.get $18)
       )
      )
      (v128.store align=4
       (i32.add
        (i32.const 3219456)
        (i32.shl
         (local.get $5)
         (i32.const 2)
        )
       )
       (local.get $19)
      )
      (local.set $5
       (i32.add
        (local.get $5)
        (i32.const 4)
       )
      )
      (br_if $loop51
       (i32.lt_s
        (local.get $5)
        (local.get $23)
       )
      )
     )
    )
    (if
     (i32.lt_s
      (local.get $5)
      (local.get $3)
     )
     (then
      (local.set $11
       (i32.sub
        (local.get $3)
        (local.get $5)
       )
      )
      (local.set $6
       (select
        (i32.add
         (local.get $5)
         (i32.const 0)
        )
        (i32.sub
         (local.get $3)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $5)
          (i32.const 0)
         )
         (local.get $3)
        )
       )
      )
      (local.set $7
       (select
        (i32.add
         (local.get $5)
         (i32.const 1)
        )
        (i32.sub
         (local.get $3)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $5)
          (i32.const 1)
         )
         (local.get $3)
        )
       )
      )
      (local.set $8
       (select
        (i32.add
         (local.get $5)
         (i32.const 2)
        )
        (i32.sub
         (local.get $3)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $5)
          (i32.const 2)
         )
         (local.get $3)
        )
       )
      )
      (local.set $9
       (select
        (i32.add
         (local.get $5)
         (i32.const 3)
        )
        (i32.sub
         (local.get $3)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $5)
          (i32.const 3)
         )
         (local.get $3)
        )
       )
      )
      (local.set $20
       (v128.load32_lane 3
        (i32.add
         (i32.const 4796416)
         (i32.shl
          (local.get $9)
          (i32.const 2)
         )
        )
        (v128.load32_lane 2
         (i32.add
          (i32.const 4796416)
          (i32.shl
           (local.get $8)
           (i32.const 2)
          )
         )
         (v128.load32_lane 1
          (i32.add
           (i32.const 4796416)
           (i32.shl
            (local.get $7)
            (i32.const 2)
           )
          )
          (v128.load32_lane 0
           (i32.add
            (i32.const 4796416)
            (i32.shl
             (local.get $6)
             (i32.const 2)
            )
           )
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
         )
        )
       )
      )
      (local.set $21
       (f32x4.div
        (local.get $20)
        (local.get $18)
       )
      )
      (local.set $22
       (local.get $21)
      )
      (v128.store32_lane 0
       (i32.add
        (i32.const 3219456)
        (i32.shl
         (i32.add
          (local.get $5)
          (i32.const 0)
         )
         (i32.const 2)
        )
       )
       (local.get $22)
      )
      (if
       (i32.lt_s
        (i32.const 1)
        (local.get $11)
       )
       (then
        (v128.store32_lane 1
         (i32.add
          (i32.const 3219456)
          (i32.shl
           (i32.add
            (local.get $5)
            (i32.const 1)
           )
           (i32.const 2)
          )
         )
         (local.get $22)
        )
       )
      )
      (if
       (i32.lt_s
        (i32.const 2)
        (local.get $11)
       )
       (then
        (v128.store32_lane 2
         (i32.add
          (i32.const 3219456)
          (i32.shl
           (i32.add
            (local.get $5)
            (i32.const 2)
           )
           (i32.const 2)
          )
         )
         (local.get $22)
        )
       )
      )
      (if
       (i32.lt_s
        (i32.const 3)
        (local.get $11)
       )
       (then
        (v128.store32_lane 3
         (i32.add
          (i32.const 3219456)
          (i32.shl
           (i32.add
            (local.get $5)
            (i32.const 3)
           )
           (i32.const 2)
          )
         )
         (local.get $22)
        )
       )
      )
     )
    )
    (local.set $4
     (i32.add
      (local.get $4)
      (i32.const 1)
     )
    )
    (br_if $loop53
     (i32.lt_s
      (local.get $4)
      (local.get $24)
     )
    )
   )
  )
 )
 (func $op2_stage1 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (if
   (i32.eq
    (i32.sub
     (local.get $1)
     (local.get $0)
    )
    (i32.const 1)
   )
   (then
    (local.set $5
     (i32.shl
      (i32.add
       (i32.div_s
        (i32.sub
         (local.get $3)
         (local.get $2)
        )
        (i32.const 128)
       )
       (i32.const 1)
      )
      (i32.const 2)
     )
    )
    (block $exit56
     (local.set $4
      (local.get $2)
     )
     (local.set $8
      (local.get $3)
     )
     (local.set $9
      (local.get $5)
     )
     (br_if $exit56
      (i32.ge_s
       (local.get $4)
       (local.get $8)
      )
     )
     (loop $loop57
      (call $op2_stage1_part
       (local.get $0)
       (local.get $1)
       (local.get $4)
       (select
        (i32.add
         (local.get $4)
         (local.get $5)
        )
        (local.get $3)
        (i32.lt_s
         (i32.add
          (local.get $4)
          (local.get $5)
         )
         (local.get $3)
        )
       )
      )
      (local.set $4
       (i32.add
        (local.get $4)
        (local.get $9)
       )
      )
      (br_if $loop57
       (i32.lt_s
        (local.get $4)
        (local.get $8)
       )
      )
     )
    )
   )
   (else
    (local.set $5
     (i32.add
      (i32.div_s
       (i32.sub
        (local.get $1)
        (local.get $0)
       )
       (i32.const 32)
      )
      (i32.const 1)
     )
    )
    (block $exit54
     (local.set $4
      (local.get $0)
     )
     (local.set $6
      (local.get $1)
     )
     (local.set $7
      (local.get $5)
     )
     (br_if $exit54
      (i32.ge_s
       (local.get $4)
       (local.get $6)
      )
     )
     (loop $loop55
      (call $op2_stage1_part
       (local.get $4)
       (select
        (i32.add
         (local.get $4)
         (local.get $5)
        )
        (local.get $1)
        (i32.lt_s
         (i32.add
          (local.get $4)
          (local.get $5)
         )
         (local.get $1)
        )
       )
       (local.get $2)
       (local.get $3)
      )
      (local.set $4
       (i32.add
        (local.get $4)
        (local.get $7)
       )
      )
      (br_if $loop55
       (i32.lt_s
        (local.get $4)
        (local.get $6)
       )
      )
     )
    )
   )
  )
 )
 (func $op3_part (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 v128)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 v128)
  (local $19 i32)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 i32)
  (local $24 v128)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 i32)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 i32)
  (local $39 i32)
  (local.set $25
   (v128.const i32x4 0x3727c5ac 0x3727c5ac 0x3727c5ac 0x3727c5ac)
  )
  (block $exit60
   (local.set $4
    (local.get $0)
   )
   (local.set $39
    (local.get $1)
   )
   (br_if $exit60
    (i32.ge_s
     (local.get $4)
     (local.get $39)
    )
   )
   (loop $loop61
    (local.set $11
     (local.get $4)
    )
    (local.set $5
     (local.get $11)
    )
    (local.set $19
     (i32.add
      (i32.const 1646592)
      (i32.mul
       (local.get $5)
       (i32.const 3072)
      )
     )
    )
    (local.set $23
     (i32.add
      (i32.const 3219456)
      (i32.shl
       (local.get $5)
       (i32.const 2)
      )
     )
    )
    (local.set $24
     (v128.load32_splat
      (local.get $23)
     )
    )
    (local.set $26
     (f32x4.add
      (local.get $24)
      (local.get $25)
     )
    )
    (local.set $27
     (f32x4.sqrt
      (local.get $26)
     )
    )
    (local.set $30
     (i32.add
      (i32.const 3221504)
      (i32.mul
       (local.get $5)
       (i32.const 3072)
      )
     )
    )
    (block $exit58
     (local.set $6
      (local.get $2)
     )
     (local.set $38
      (i32.sub
       (local.get $3)
       (i32.const 3)
      )
     )
     (br_if $exit58
      (i32.ge_s
       (local.get $6)
       (local.get $38)
      )
     )
     (loop $loop59
      (local.set $18
       (v128.load align=4
        (i32.add
         (i32.const 1641472)
         (i32.shl
          (local.get $6)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $20
       (v128.load align=4
        (i32.add
         (local.get $19)
         (i32.shl
          (local.get $6)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $21
       (v128.load align=4
        (i32.add
         (i32.const 1638400)
         (i32.shl
          (local.get $6)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $22
       (f32x4.mul
        (local.get $20)
        (local.get $21)
       )
      )
      (local.set $28
       (f32x4.div
        (local.get $22)
        (local.get $27)
       )
      )
      (local.set $29
       (f32x4.add
        (local.get $18)
        (local.get $28)
       )
      )
      (v128.store align=4
       (i32.add
        (local.get $30)
        (i32.shl
         (local.get $6)
         (i32.const 2)
        )
       )
       (local.get $29)
      )
      (local.set $6
       (i32.add
        (local.get $6)
        (i32.const 4)
       )
      )
      (br_if $loop59
       (i32.lt_s
        (local.get $6)
        (local.get $38)
       )
      )
     )
    )
    (if
     (i32.lt_s
      (local.get $6)
      (local.get $3)
     )
     (then
      (local.set $12
       (i32.sub
        (local.get $3)
        (local.get $6)
       )
      )
      (local.set $7
       (select
        (i32.add
         (local.get $6)
         (i32.const 0)
        )
        (i32.sub
         (local.get $3)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $6)
          (i32.const 0)
         )
         (local.get $3)
        )
       )
      )
      (local.set $8
       (select
        (i32.add
         (local.get $6)
         (i32.const 1)
        )
        (i32.sub
         (local.get $3)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $6)
          (i32.const 1)
         )
         (local.get $3)
        )
       )
      )
      (local.set $9
       (select
        (i32.add
         (local.get $6)
         (i32.const 2)
        )
        (i32.sub
         (local.get $3)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $6)
          (i32.const 2)
         )
         (local.get $3)
        )
       )
      )
      (local.set $10
       (select
        (i32.add
         (local.get $6)
         (i32.const 3)
        )
        (i32.sub
         (local.get $3)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $6)
          (i32.const 3)
         )
         (local.get $3)
        )
       )
      )
      (local.set $31
       (v128.load32_lane 3
        (i32.add
         (i32.const 1641472)
         (i32.shl
          (local.get $10)
          (i32.const 2)
         )
        )
        (v128.load32_lane 2
         (i32.add
          (i32.const 1641472)
          (i32.shl
           (local.get $9)
           (i32.const 2)
          )
         )
         (v128.load32_lane 1
          (i32.add
           (i32.const 1641472)
           (i32.shl
            (local.get $8)
            (i32.const 2)
           )
          )
          (v128.load32_lane 0
           (i32.add
            (i32.const 1641472)
            (i32.shl
             (local.get $7)
             (i32.const 2)
            )
           )
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
         )
        )
       )
      )
      (local.set $32
       (v128.load32_lane 3
        (i32.add
         (local.get $19)
         (i32.shl
          (local.get $10)
          (i32.const 2)
         )
        )
        (v128.load32_lane 2
         (i32.add
          (local.get $19)
          (i32.shl
           (local.get $9)
           (i32.const 2)
          )
         )
         (v128.load32_lane 1
          (i32.add
           (local.get $19)
           (i32.shl
            (local.get $8)
            (i32.const 2)
           )
          )
          (v128.load32_lane 0
           (i32.add
            (local.get $19)
            (i32.shl
             (local.get $7)
             (i32.const 2)
            )
           )
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
         )
        )
       )
      )
      (local.set $33
       (v128.load32_lane 3
        (i32.add
         (i32.const 1638400)
         (i32.shl
          (local.get $10)
          (i32.const 2)
         )
        )
        (v128.load32_lane 2
         (i32.add
          (i32.const 1638400)
          (i32.shl
           (local.get $9)
           (i32.const 2)
          )
         )
         (v128.load32_lane 1
          (i32.add
           (i32.const 1638400)
           (i32.shl
            (local.get $8)
            (i32.const 2)
           )
          )
          (v128.load32_lane 0
           (i32.add
            (i32.const 1638400)
            (i32.shl
             (local.get $7)
             (i32.const 2)
            )
           )
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
         )
        )
       )
      )
      (local.set $34
       (f32x4.mul
        (local.get $32)
        (local.get $33)
       )
      )
      (local.set $35
       (f32x4.div
        (local.get $34)
        (local.get $27)
       )
      )
      (local.set $36
       (f32x4.add
        (local.get $31)
        (local.get $35)
       )
      )
      (local.set $37
       (local.get $36)
      )
      (v128.store32_lane 0
       (i32.add
        (local.get $30)
        (i32.shl
         (i32.add
          (local.get $6)
          (i32.const 0)
         )
         (i32.const 2)
        )
       )
       (local.get $37)
      )
      (if
       (i32.lt_s
        (i32.const 1)
        (local.get $12)
       )
       (then
        (v128.store32_lane 1
         (i32.add
          (local.get $30)
          (i32.shl
           (i32.add
            (local.get $6)
            (i32.const 1)
           )
           (i32.const 2)
          )
         )
         (local.get $37)
        )
       )
      )
      (if
       (i32.lt_s
        (i32.const 2)
        (local.get $12)
       )
       (then
        (v128.store32_lane 2
         (i32.add
          (local.get $30)
          (i32.shl
           (i32.add
            (local.get $6)
            (i32.const 2)
           )
           (i32.const 2)
          )
         )
         (local.get $37)
        )
       )
      )
      (if
       (i32.lt_s
        (i32.const 3)
        (local.get $12)
       )
       (then
        (v128.store32_lane 3
         (i32.add
          (local.get $30)
          (i32.shl
           (i32.add
            (local.get $6)
            (i32.const 3)
           )
           (i32.const 2)
          )
         )
         (local.get $37)
        )
       )
      )
     )
    )
    (local.set $4
     (i32.add
      (local.get $4)
      (i32.const 1)
     )
    )
    (br_if $loop61
     (i32.lt_s
      (local.get $4)
      (local.get $39)
     )
    )
   )
  )
 )
 (func $op3 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (if
   (i32.eq
    (i32.sub
     (local.get $1)
     (local.get $0)
    )
    (i32.const 1)
   )
   (then
    (local.set $5
     (i32.shl
      (i32.add
       (i32.div_s
        (i32.sub
         (local.get $3)
         (local.get $2)
        )
        (i32.const 128)
       )
       (i32.const 1)
      )
      (i32.const 2)
     )
    )
    (block $exit64
     (local.set $4
      (local.get $2)
     )
     (local.set $8
      (local.get $3)
     )
     (local.set $9
      (local.get $5)
     )
     (br_if $exit64
      (i32.ge_s
       (local.get $4)
       (local.get $8)
      )
     )
     (loop $loop65
      (call $op3_part
       (local.get $0)
       (local.get $1)
       (local.get $4)
       (select
        (i32.add
         (local.get $4)
         (local.get $5)
        )
        (local.get $3)
        (i32.lt_s
         (i32.add
          (local.get $4)
          (local.get $5)
         )
         (local.get $3)
        )
       )
      )
      (local.set $4
       (i32.add
        (local.get $4)
        (local.get $9)
       )
      )
      (br_if $loop65
       (i32.lt_s
        (local.get $4)
        (local.get $8)
       )
      )
     )
    )
   )
   (else
    (local.set $5
     (i32.add
      (i32.div_s
       (i32.sub
        (local.get $1)
        (local.get $0)
       )
       (i32.const 32)
      )
      (i32.const 1)
     )
    )
    (block $exit62
     (local.set $4
      (local.get $0)
     )
     (local.set $6
      (local.get $1)
     )
     (local.set $7
      (local.get $5)
     )
     (br_if $exit62
      (i32.ge_s
       (local.get $4)
       (local.get $6)
      )
     )
     (loop $loop63
      (call $op3_part
       (local.get $4)
       (select
        (i32.add
         (local.get $4)
         (local.get $5)
        )
        (local.get $1)
        (i32.lt_s
         (i32.add
          (local.get $4)
          (local.get $5)
         )
         (local.get $1)
        )
       )
       (local.get $2)
       (local.get $3)
      )
      (local.set $4
       (i32.add
        (local.get $4)
        (local.get $7)
       )
      )
      (br_if $loop63
       (i32.lt_s
        (local.get $4)
        (local.get $6)
       )
      )
     )
    )
   )
  )
 )
 (func $index0
  (local $0 i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 v128)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (memory.fill
   (i32.const 4798464)
   (i32.const 0)
   (i32.const 49152)
  )
  (block $exit68
   (local.set $0
    (i32.const 0)
   )
   (local.set $10
    (i32.const 512)
   )
   (br_if $exit68
    (i32.ge_s
     (local.get $0)
     (local.get $10)
    )
   )
   (loop $loop69
    (local.set $2
     (i32.add
      (i32.const 65536)
      (i32.mul
       (local.get $0)
       (i32.const 3072)
      )
     )
    )
    (local.set $3
     (i32.add
      (i32.const 4798464)
      (i32.mul
       (i32.div_s
        (local.get $0)
        (i32.const 32)
       )
       (i32.const 3072)
      )
     )
    )
    (block $exit66
     (local.set $1
      (i32.const 0)
     )
     (local.set $6
      (i32.const 768)
     )
     (br_if $exit66
      (i32.ge_s
       (local.get $1)
       (local.get $6)
      )
     )
     (loop $loop67
      (v128.store align=4
       (i32.add
        (local.get $3)
        (i32.shl
         (local.get $1)
         (i32.const 2)
        )
       )
       (v128.or
        (v128.load align=4
         (i32.add
          (local.get $3)
          (i32.shl
           (local.get $1)
           (i32.const 2)
          )
         )
        )
        (f32x4.ne
         (v128.load align=4
          (i32.add
           (local.get $2)
           (i32.shl
            (local.get $1)
            (i32.const 2)
           )
          )
         )
         (f32x4.splat
          (f32.const 0)
         )
        )
       )
      )
      (local.set $1
       (i32.add
        (local.get $1)
        (i32.const 4)
       )
      )
      (br_if $loop67
       (i32.lt_s
        (local.get $1)
        (local.get $6)
       )
      )
     )
    )
    (local.set $0
     (i32.add
      (local.get $0)
      (i32.const 1)
     )
    )
    (br_if $loop69
     (i32.lt_s
      (local.get $0)
      (local.get $10)
     )
    )
   )
  )
  (local.set $7
   (i32.const 0)
  )
  (i32.store
   (i32.const 4847616)
   (i32.const 0)
  )
  (block $exit72
   (local.set $8
    (i32.const 0)
   )
   (local.set $12
    (i32.const 16)
   )
   (br_if $exit72
    (i32.ge_s
     (local.get $8)
     (local.get $12)
    )
   )
   (loop $loop73
    (block $exit70
     (local.set $9
      (i32.const 0)
     )
     (local.set $11
      (i32.const 768)
     )
     (br_if $exit70
      (i32.ge_s
       (local.get $9)
       (local.get $11)
      )
     )
     (loop $loop71
      (i32.store
       (i32.add
        (i32.const 4847744)
        (i32.shl
         (local.get $7)
         (i32.const 2)
        )
       )
       (local.get $9)
      )
      (local.set $7
       (i32.add
        (local.get $7)
        (i32.ne
         (i32.load
          (i32.add
           (i32.const 4798464)
           (i32.shl
            (i32.add
             (i32.mul
              (local.get $8)
              (i32.const 768)
             )
             (local.get $9)
            )
            (i32.const 2)
           )
          )
         )
         (i32.const 0)
        )
       )
      )
      (local.set $9
       (i32.add
        (local.get $9)
        (i32.const 1)
       )
      )
      (br_if $loop71
       (i32.lt_s
        (local.get $9)
        (local.get $11)
       )
      )
     )
    )
    (i32.store
     (i32.add
      (i32.const 4847616)
      (i32.shl
       (i32.add
        (local.get $8)
        (i32.const 1)
       )
       (i32.const 2)
      )
     )
     (local.get $7)
    )
    (local.set $8
     (i32.add
      (local.get $8)
      (i32.const 1)
     )
    )
    (br_if $loop73
     (i32.lt_s
      (local.get $8)
      (local.get $12)
     )
    )
   )
  )
 )
 (func $group0_task (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 v128)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 i32)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 v128)
  (local $31 v128)
  (local $32 v128)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 i32)
  (local $37 i32)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 i32)
  (local.set $30
   (v128.const i32x4 0x00000000 0x00000001 0x00000002 0x00000003)
  )
  (local.set $32
   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
  )
  (block $exit84
   (local.set $6
    (local.get $0)
   )
   (local.set $42
    (local.get $1)
   )
   (br_if $exit84
    (i32.ge_s
     (local.get $6)
     (local.get $42)
    )
   )
   (loop $loop85
    (local.set $14
     (local.get $6)
    )
    (local.set $8
     (local.get $14)
    )
    (local.set $24
     (i32.add
      (i32.const 65536)
      (i32.mul
       (local.get $8)
       (i32.const 3072)
      )
     )
    )
    (local.set $33
     (i32.add
      (i32.const 4794368)
      (i32.shl
       (local.get $8)
       (i32.const 2)
      )
     )
    )
    (if
     (i32.and
      (i32.lt_s
       (i32.add
        (local.get $6)
        (i32.const 8)
       )
       (local.get $1)
      )
      (i32.lt_s
       (i32.add
        (local.get $8)
        (i32.const 8)
       )
       (i32.const 512)
      )
     )
     (then
      (local.set $39
       (i32.add
        (local.get $4)
        (i32.shl
         (local.get $5)
         (i32.const 3)
        )
       )
      )
      (block $exit82
       (local.set $38
        (local.get $4)
       )
       (local.set $41
        (local.get $39)
       )
       (br_if $exit82
        (i32.ge_s
         (local.get $38)
         (local.get $41)
        )
       )
       (loop $loop83
        (block $exit80
         (local.set $37
          (i32.add
           (i32.add
            (local.get $24)
            (i32.const 24576)
           )
           (i32.shl
            (i32.load
             (local.get $38)
            )
            (i32.const 2)
           )
          )
         )
         (local.set $40
          (i32.add
           (i32.add
            (local.get $24)
            (i32.const 24576)
           )
           (i32.shl
            (i32.load offset=4
             (local.get $38)
            )
            (i32.const 2)
           )
          )
         )
         (br_if $exit80
          (i32.ge_s
           (local.get $37)
           (local.get $40)
          )
         )
         (loop $loop81
          (local.set $7
           (i32.or
            (local.get $7)
            (i32.load8_u
             (local.get $37)
            )
           )
          )
          (local.set $37
           (i32.add
            (local.get $37)
            (i32.const 64)
           )
          )
          (br_if $loop81
           (i32.lt_s
            (local.get $37)
            (local.get $40)
           )
          )
         )
        )
        (local.set $38
         (i32.add
          (local.get $38)
          (i32.const 8)
         )
        )
        (br_if $loop83
         (i32.lt_s
          (local.get $38)
          (local.get $41)
         )
        )
       )
      )
     )
    )
    (local.set $16
     (local.get $32)
    )
    (local.set $21
     (local.get $32)
    )
    (local.set $22
     (local.get $32)
    )
    (local.set $23
     (local.get $32)
    )
    (local.set $20
     (i32.add
      (local.get $4)
      (i32.shl
       (local.get $5)
       (i32.const 3)
      )
     )
    )
    (block $exit78
     (local.set $19
      (local.get $4)
     )
     (local.set $36
      (local.get $20)
     )
     (br_if $exit78
      (i32.ge_s
       (local.get $19)
       (local.get $36)
      )
     )
     (loop $loop79
      (local.set $17
       (i32.load
        (local.get $19)
       )
      )
      (local.set $18
       (i32.load offset=4
        (local.get $19)
       )
      )
      (block $exit74
       (local.set $9
        (local.get $17)
       )
       (local.set $34
        (i32.sub
         (local.get $18)
         (i32.const 15)
        )
       )
       (br_if $exit74
        (i32.ge_s
         (local.get $9)
         (local.get $34)
        )
       )
       (loop $loop75
        (local.set $25
         (v128.load align=4
          (i32.add
           (local.get $24)
           (i32.shl
            (local.get $9)
            (i32.const 2)
           )
          )
         )
        )
        (local.set $16
         (f32x4.add
          (local.get $16)
          (local.get $25)
         )
        )
        (local.set $26
         (v128.load offset=16 align=4
          (i32.add
           (local.get $24)
           (i32.shl
            (local.get $9)
            (i32.const 2)
           )
          )
         )
        )
        (local.set $21
         (f32x4.add
          (local.get $21)
          (local.get $26)
         )
        )
        (local.set $27
         (v128.load offset=32 align=4
          (i32.add
           (local.get $24)
           (i32.shl
            (local.get $9)
            (i32.const 2)
           )
          )
         )
        )
        (local.set $22
         (f32x4.add
          (local.get $22)
          (local.get $27)
         )
        )
        (local.set $28
         (v128.load offset=48 align=4
          (i32.add
           (local.get $24)
           (i32.shl
            (local.get $9)
            (i32.const 2)
           )
          )
         )
        )
        (local.set $23
         (f32x4.add
          (local.get $23)
          (local.get $28)
         )
        )
        (local.set $9
         (i32.add
          (local.get $9)
          (i32.const 16)
         )
        )
        (br_if $loop75
         (i32.lt_s
          (local.get $9)
          (local.get $34)
         )
        )
       )
      )
      (block $exit76
       (local.set $9
        (local.get $9)
       )
       (local.set $35
        (i32.sub
         (local.get $18)
         (i32.const 3)
        )
       )
       (br_if $exit76
        (i32.ge_s
         (local.get $9)
         (local.get $35)
        )
       )
       (loop $loop77
        (local.set $29
         (v128.load align=4
          (i32.add
           (local.get $24)
           (i32.shl
            (local.get $9)
            (i32.const 2)
           )
          )
         )
        )
        (local.set $16
         (f32x4.add
          (local.get $16)
          (local.get $29)
         )
        )
        (local.set $9
         (i32.add
          (local.get $9)
          (i32.const 4)
         )
        )
        (br_if $loop77
         (i32.lt_s
          (local.get $9)
          (local.get $35)
         )
        )
       )
      )
      (if
       (i32.lt_s
        (local.get $9)
        (local.get $18)
       )
       (then
        (local.set $15
         (i32.sub
          (local.get $18)
          (local.get $9)
         )
        )
        (local.set $10
         (select
          (i32.add
           (local.get $9)
           (i32.const 0)
          )
          (i32.sub
           (local.get $18)
           (i32.const 1)
          )
          (i32.lt_s
           (i32.add
            (local.get $9)
            (i32.const 0)
           )
           (local.get $18)
          )
         )
        )
        (local.set $11
         (select
          (i32.add
           (local.get $9)
           (i32.const 1)
          )
          (i32.sub
           (local.get $18)
           (i32.const 1)
          )
          (i32.lt_s
           (i32.add
            (local.get $9)
            (i32.const 1)
           )
           (local.get $18)
          )
         )
        )
        (local.set $12
         (select
          (i32.add
           (local.get $9)
           (i32.const 2)
          )
          (i32.sub
           (local.get $18)
           (i32.const 1)
          )
          (i32.lt_s
           (i32.add
            (local.get $9)
            (i32.const 2)
           )
           (local.get $18)
          )
         )
        )
        (local.set $13
         (select
          (i32.add
           (local.get $9)
           (i32.const 3)
          )
          (i32.sub
           (local.get $18)
           (i32.const 1)
          )
          (i32.lt_s
           (i32.add
            (local.get $9)
            (i32.const 3)
           )
           (local.get $18)
          )
         )
        )
        (local.set $31
         (v128.load32_lane 3
          (i32.add
           (local.get $24)
           (i32.shl
            (local.get $13)
            (i32.const 2)
           )
          )
          (v128.load32_lane 2
           (i32.add
            (local.get $24)
            (i32.shl
             (local.get $12)
             (i32.const 2)
            )
           )
           (v128.load32_lane 1
            (i32.add
             (local.get $24)
             (i32.shl
              (local.get $11)
              (i32.const 2)
             )
            )
            (v128.load32_lane 0
             (i32.add
              (local.get $24)
              (i32.shl
               (local.get $10)
               (i32.const 2)
              )
             )
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
           )
          )
         )
        )
        (local.set $16
         (f32x4.add
          (local.get $16)
          (v128.bitselect
           (local.get $31)
           (local.get $32)
           (i32x4.lt_s
            (local.get $30)
            (i32x4.splat
             (local.get $15)
            )
           )
          )
         )
        )
       )
      )
      (local.set $19
       (i32.add
        (local.get $19)
        (i32.const 8)
       )
      )
      (br_if $loop79
       (i32.lt_s
        (local.get $19)
        (local.get $36)
       )
      )
     )
    )
    (local.set $16
     (f32x4.add
      (local.get $16)
      (local.get $21)
     )
    )
    (local.set $22
     (f32x4.add
      (local.get $22)
      (local.get $23)
     )
    )
    (local.set $16
     (f32x4.add
      (local.get $16)
      (local.get $22)
     )
    )
    (local.set $16
     (f32x4.add
      (local.get $16)
      (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
       (local.get $16)
       (local.get $16)
      )
     )
    )
    (local.set $16
     (f32x4.add
      (local.get $16)
      (i8x16.shuffle 4 5 6 7 0 1 2 3 12 13 14 15 8 9 10 11
       (local.get $16)
       (local.get $16)
      )
     )
    )
    (f32.store
     (local.get $33)
     (f32x4.extract_lane 0
      (local.get $16)
     )
    )
    (local.set $6
     (i32.add
      (local.get $6)
      (i32.const 1)
     )
    )
    (br_if $loop85
     (i32.lt_s
      (local.get $6)
      (local.get $42)
     )
    )
   )
  )
  (i32.store
   (i32.const 4896896)
   (local.get $7)
  )
 )
 (func $group0 (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local.set $3
   (i32.add
    (local.get $0)
    (i32.mul
     (local.get $1)
     (i32.const 24)
    )
   )
  )
  (block $exit86
   (local.set $2
    (local.get $0)
   )
   (local.set $4
    (local.get $3)
   )
   (br_if $exit86
    (i32.ge_s
     (local.get $2)
     (local.get $4)
    )
   )
   (loop $loop87
    (call $group0_task
     (i32.load
      (local.get $2)
     )
     (i32.load offset=4
      (local.get $2)
     )
     (i32.load offset=8
      (local.get $2)
     )
     (i32.load offset=12
      (local.get $2)
     )
     (i32.load offset=16
      (local.get $2)
     )
     (i32.load offset=20
      (local.get $2)
     )
    )
    (local.set $2
     (i32.add
      (local.get $2)
      (i32.const 24)
     )
    )
    (br_if $loop87
     (i32.lt_s
      (local.get $2)
      (local.get $4)
     )
    )
   )
  )
 )
 (func $group0_claim (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (block $exit88
   (local.set $5
    (i32.const 0)
   )
   (local.set $7
    (local.get $1)
   )
   (br_if $exit88
    (i32.ge_s
     (local.get $5)
     (local.get $7)
    )
   )
   (loop $loop89
    (local.set $4
     (i32.load
      (local.get $3)
     )
    )
    (i32.store
     (local.get $3)
     (i32.add
      (local.get $4)
      (i32.const 1)
     )
    )
    (local.set $6
     (i32.mul
      (local.get $4)
      (local.get $2)
     )
    )
    (if
     (i32.ge_s
      (local.get $6)
      (local.get $1)
     )
     (then
      (local.set $5
       (local.get $1)
      )
     )
     (else
      (call $group0
       (i32.add
        (local.get $0)
        (i32.mul
         (local.get $6)
         (i32.const 24)
        )
       )
       (select
        (local.get $2)
        (i32.sub
         (local.get $1)
         (local.get $6)
        )
        (i32.lt_s
         (local.get $2)
         (i32.sub
          (local.get $1)
          (local.get $6)
         )
        )
       )
      )
     )
    )
    (local.set $5
     (i32.add
      (local.get $5)
      (i32.const 1)
     )
    )
    (br_if $loop89
     (i32.lt_s
      (local.get $5)
      (local.get $7)
     )
    )
   )
  )
 )
)
