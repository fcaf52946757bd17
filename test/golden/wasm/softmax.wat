(module
 (type $0 (func (param i32 i32 i32 i32)))
 (type $1 (func (param f64) (result f64)))
 (type $2 (func (param i32 i32 i32 i32 i32 i32)))
 (type $3 (func (param i32 i32 i32)))
 (type $4 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)))
 (type $5 (func (param i32 i32)))
 (import "env" "memory" (memory $0 1 65536))
 (import "math" "exp" (func $exp (param f64) (result f64)))
 (import "math" "log" (func $log (param f64) (result f64)))
 (import "math" "tanh" (func $tanh (param f64) (result f64)))
 (export "fill32" (func $fill32))
 (export "fill8" (func $fill8))
 (export "op0" (func $op0))
 (export "op1" (func $op1))
 (export "op2" (func $op2))
 (export "op3" (func $op3))
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
 (func $op0_part (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
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
   (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
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
      (i32.shl
       (local.get $5)
       (i32.const 14)
      )
     )
    )
    (local.set $30
     (i32.add
      (i32.const 16842752)
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
       (f32x4.max
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
       (f32x4.max
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
       (f32x4.max
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
       (f32x4.max
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
       (f32x4.max
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
       (f32x4.max
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
     (f32x4.max
      (local.get $13)
      (local.get $18)
     )
    )
    (local.set $19
     (f32x4.max
      (local.get $19)
      (local.get $20)
     )
    )
    (local.set $13
     (f32x4.max
      (local.get $13)
      (local.get $19)
     )
    )
    (local.set $13
     (f32x4.max
      (local.get $13)
      (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
       (local.get $13)
       (local.get $13)
      )
     )
    )
    (local.set $13
     (f32x4.max
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
 (func $op0 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
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
    (call $op0_part
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
  (local $36 v128)
  (local $37 v128)
  (local $38 v128)
  (local $39 v128)
  (local $40 v128)
  (local $41 v128)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 v128)
  (local $47 v128)
  (local $48 v128)
  (local $49 v128)
  (local $50 v128)
  (local $51 v128)
  (local $52 v128)
  (local $53 v128)
  (local $54 v128)
  (local $55 v128)
  (local $56 i32)
  (local $57 v128)
  (local $58 v128)
  (local $59 v128)
  (local $60 v128)
  (local $61 v128)
  (local $62 v128)
  (local $63 v128)
  (local $64 v128)
  (local $65 v128)
  (local $66 v128)
  (local $67 v128)
  (local $68 v128)
  (local $69 v128)
  (local $70 v128)
  (local $71 v128)
  (local $72 v128)
  (local $73 v128)
  (local $74 v128)
  (local $75 v128)
  (local $76 v128)
  (local $77 v128)
  (local $78 i32)
  (local $79 i32)
  (local.set $25
   (v128.const i32x4 0x42b20000 0x42b20000 0x42b20000 0x42b20000)
  )
  (local.set $27
   (v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b)
  )
  (local.set $28
   (v128.const i32x4 0x4b400000 0x4b400000 0x4b400000 0x4b400000)
  )
  (local.set $31
   (v128.const i32x4 0x3f317200 0x3f317200 0x3f317200 0x3f317200)
  )
  (local.set $32
   (v128.const i32x4 0x35bfbe8e 0x35bfbe8e 0x35bfbe8e 0x35bfbe8e)
  )
  (local.set $34
   (v128.const i32x4 0xb4c0007e 0xb4c0007e 0xb4c0007e 0xb4c0007e)
  )
  (local.set $35
   (v128.const i32x4 0x3c882f45 0x3c882f45 0x3c882f45 0x3c882f45)
  )
  (local.set $36
   (v128.const i32x4 0x3dab9992 0x3dab9992 0x3dab9992 0x3dab9992)
  )
  (local.set $37
   (v128.const i32x4 0x3eaaabe4 0x3eaaabe4 0x3eaaabe4 0x3eaaabe4)
  )
  (local.set $38
   (v128.const i32x4 0x3f7ffef4 0x3f7ffef4 0x3f7ffef4 0x3f7ffef4)
  )
  (local.set $39
   (v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000)
  )
  (local.set $40
   (v128.const i32x4 0xc2d00000 0xc2d00000 0xc2d00000 0xc2d00000)
  )
  (local.set $42
   (v128.const i32x4 0xc2adcccd 0xc2adcccd 0xc2adcccd 0xc2adcccd)
  )
  (local.set $52
   (v128.const i32x4 0x4b400001 0x4b400001 0x4b400001 0x4b400001)
  )
  (local.set $54
   (v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f)
  )
  (block $exit26
   (local.set $4
    (local.get $0)
   )
   (local.set $79
    (local.get $1)
   )
   (br_if $exit26
    (i32.ge_s
     (local.get $4)
     (local.get $79)
    )
   )
   (loop $loop27
    (local.set $11
     (local.get $4)
    )
    (local.set $5
     (local.get $11)
    )
    (local.set $18
     (i32.add
      (i32.const 65536)
      (i32.shl
       (local.get $5)
       (i32.const 14)
      )
     )
    )
    (local.set $20
     (i32.add
      (i32.const 16842752)
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
    (local.set $56
     (i32.add
      (i32.const 16846848)
      (i32.shl
       (local.get $5)
       (i32.const 14)
      )
     )
    )
    (block $exit24
     (local.set $6
      (local.get $2)
     )
     (local.set $78
      (i32.sub
       (local.get $3)
       (i32.const 3)
      )
     )
     (br_if $exit24
      (i32.ge_s
       (local.get $6)
       (local.get $78)
      )
     )
     (loop $loop25
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
      (local.set $23
       (local.get $22)
      )
      (local.set $24
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (if
       (v128.any_true
        (f32x4.lt
         (local.get $23)
         (local.get $42)
        )
       )
       (then
        (local.set $41
         (f32x4.lt
          (local.get $23)
          (local.get $40)
         )
        )
        (if
         (i32.eqz
          (i32x4.all_true
           (local.get $41)
          )
         )
         (then
          (local.set $43
           (f32x4.pmin
            (f32x4.pmax
             (local.get $23)
             (local.get $42)
            )
            (local.get $25)
           )
          )
          (local.set $44
           (f32x4.add
            (f32x4.mul
             (local.get $43)
             (local.get $27)
            )
            (local.get $28)
           )
          )
          (local.set $45
           (f32x4.sub
            (local.get $44)
            (local.get $28)
           )
          )
          (local.set $46
           (f32x4.sub
            (f32x4.sub
             (local.get $43)
             (f32x4.mul
              (local.get $45)
              (local.get $31)
             )
            )
            (f32x4.mul
             (local.get $45)
             (local.get $32)
            )
           )
          )
          (local.set $24
           (v128.andnot
            (f32x4.mul
             (f32x4.add
              (f32x4.mul
               (f32x4.add
                (f32x4.mul
                 (f32x4.add
                  (f32x4.mul
                   (f32x4.add
                    (f32x4.mul
                     (f32x4.add
                      (f32x4.mul
                       (local.get $35)
                       (local.get $46)
                      )
                      (local.get $36)
                     )
                     (local.get $46)
                    )
                    (local.get $37)
                   )
                   (local.get $46)
                  )
                  (local.get $38)
                 )
                 (local.get $46)
                )
                (local.get $39)
               )
               (local.get $46)
              )
              (local.get $39)
             )
             (i32x4.shl
              (i32x4.add
               (local.get $44)
               (local.get $34)
              )
              (i32.const 23)
             )
            )
            (local.get $41)
           )
          )
          (local.set $47
           (v128.andnot
            (f32x4.lt
             (local.get $23)
             (local.get $42)
            )
            (local.get $41)
           )
          )
          (if
           (v128.any_true
            (local.get $47)
           )
           (then
            (local.set $48
             (f32x4.pmax
              (local.get $23)
              (local.get $40)
             )
            )
            (local.set $49
             (f32x4.add
              (f32x4.mul
               (local.get $48)
               (local.get $27)
              )
              (local.get $28)
             )
            )
            (local.set $50
             (f32x4.sub
              (local.get $49)
              (local.get $28)
             )
            )
            (local.set $51
             (f32x4.sub
              (f32x4.sub
               (local.get $48)
               (f32x4.mul
                (local.get $50)
                (local.get $31)
               )
              )
              (f32x4.mul
               (local.get $50)
               (local.get $32)
              )
             )
            )
            (local.set $53
             (i32x4.shr_s
              (i32x4.sub
               (local.get $49)
               (local.get $52)
              )
              (i32.const 1)
             )
            )
            (local.set $24
             (v128.bitselect
              (f32x4.mul
               (f32x4.mul
                (f32x4.add
                 (f32x4.mul
                  (f32x4.add
                   (f32x4.mul
                    (f32x4.add
                     (f32x4.mul
                      (f32x4.add
                       (f32x4.mul
                        (f32x4.add
                         (f32x4.mul
                          (local.get $35)
                          (local.get $51)
                         )
                         (local.get $36)
                        )
                        (local.get $51)
                       )
                       (local.get $37)
                      )
                      (local.get $51)
                     )
                     (local.get $38)
                    )
                    (local.get $51)
                   )
                   (local.get $39)
                  )
                  (local.get $51)
                 )
                 (local.get $39)
                )
                (i32x4.shl
                 (i32x4.add
                  (local.get $53)
                  (local.get $54)
                 )
                 (i32.const 23)
                )
               )
               (i32x4.shl
                (i32x4.add
                 (i32x4.sub
                  (i32x4.sub
                   (local.get $49)
                   (local.get $52)
                  )
                  (local.get $53)
                 )
                 (local.get $54)
                )
                (i32.const 23)
               )
              )
              (local.get $24)
              (local.get $47)
             )
            )
           )
          )
         )
        )
       )
       (else
        (local.set $26
         (f32x4.pmin
          (local.get $23)
          (local.get $25)
         )
        )
        (local.set $29
         (f32x4.add
          (f32x4.mul
           (local.get $26)
           (local.get $27)
          )
          (local.get $28)
         )
        )
        (local.set $30
         (f32x4.sub
          (local.get $29)
          (local.get $28)
         )
        )
        (local.set $33
         (f32x4.sub
          (f32x4.sub
           (local.get $26)
           (f32x4.mul
            (local.get $30)
            (local.get $31)
           )
          )
          (f32x4.mul
           (local.get $30)
           (local.get $32)
          )
         )
        )
        (local.set $24
         (f32x4.mul
          (f32x4.add
           (f32x4.mul
            (f32x4.add
             (f32x4.mul
              (f32x4.add
               (f32x4.mul
                (f32x4.add
                 (f32x4.mul
                  (f32x4.add
                   (f32x4.mul
                    (local.get $35)
                    (local.get $33)
                   )
                   (local.get $36)
                  )
                  (local.get $33)
                 )
                 (local.get $37)
                )
                (local.get $33)
               )
               (local.get $38)
              )
              (local.get $33)
             )
             (local.get $39)
            )
            (local.get $33)
           )
           (local.get $39)
          )
          (i32x4.shl
           (i32x4.add
            (local.get $29)
            (local.get $34)
           )
           (i32.const 23)
          )
         )
        )
       )
      )
      (local.set $55
       (local.get $24)
      )
      (v128.store align=4
       (i32.add
        (local.get $56)
        (i32.shl
         (local.get $6)
         (i32.const 2)
        )
       )
       (local.get $55)
      )
      (local.set $6
       (i32.add
        (local.get $6)
        (i32.const 4)
       )
      )
      (br_if $loop25
       (i32.lt_s
        (local.get $6)
        (local.get $78)
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
      (local.set $57
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
      (local.set $58
       (f32x4.sub
        (local.get $57)
        (local.get $21)
       )
      )
      (local.set $59
       (local.get $58)
      )
      (local.set $60
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (if
       (v128.any_true
        (f32x4.lt
         (local.get $59)
         (local.get $42)
        )
       )
       (then
        (local.set $65
         (f32x4.lt
          (local.get $59)
          (local.get $40)
         )
        )
        (if
         (i32.eqz
          (i32x4.all_true
           (local.get $65)
          )
         )
         (then
          (local.set $66
           (f32x4.pmin
            (f32x4.pmax
             (local.get $59)
             (local.get $42)
            )
            (local.get $25)
           )
          )
          (local.set $67
           (f32x4.add
            (f32x4.mul
             (local.get $66)
             (local.get $27)
            )
            (local.get $28)
           )
          )
          (local.set $68
           (f32x4.sub
            (local.get $67)
            (local.get $28)
           )
          )
          (local.set $69
           (f32x4.sub
            (f32x4.sub
             (local.get $66)
             (f32x4.mul
              (local.get $68)
              (local.get $31)
             )
            )
            (f32x4.mul
             (local.get $68)
             (local.get $32)
            )
           )
          )
          (local.set $60
           (v128.andnot
            (f32x4.mul
             (f32x4.add
              (f32x4.mul
               (f32x4.add
                (f32x4.mul
                 (f32x4.add
                  (f32x4.mul
                   (f32x4.add
                    (f32x4.mul
                     (f32x4.add
                      (f32x4.mul
                       (local.get $35)
                       (local.get $69)
                      )
                      (local.get $36)
                     )
                     (local.get $69)
                    )
                    (local.get $37)
                   )
                   (local.get $69)
                  )
                  (local.get $38)
                 )
                 (local.get $69)
                )
                (local.get $39)
               )
               (local.get $69)
              )
              (local.get $39)
             )
             (i32x4.shl
              (i32x4.add
               (local.get $67)
               (local.get $34)
              )
              (i32.const 23)
             )
            )
            (local.get $65)
           )
          )
          (local.set $70
           (v128.andnot
            (f32x4.lt
             (local.get $59)
             (local.get $42)
            )
            (local.get $65)
           )
          )
          (if
           (v128.any_true
            (local.get $70)
           )
           (then
            (local.set $71
             (f32x4.pmax
              (local.get $59)
              (local.get $40)
             )
            )
            (local.set $72
             (f32x4.add
              (f32x4.mul
               (local.get $71)
               (local.get $27)
              )
              (local.get $28)
             )
            )
            (local.set $73
             (f32x4.sub
              (local.get $72)
              (local.get $28)
             )
            )
            (local.set $74
             (f32x4.sub
              (f32x4.sub
               (local.get $71)
               (f32x4.mul
                (local.get $73)
                (local.get $31)
               )
              )
              (f32x4.mul
               (local.get $73)
               (local.get $32)
              )
             )
            )
            (local.set $75
             (i32x4.shr_s
              (i32x4.sub
               (local.get $72)
               (local.get $52)
              )
              (i32.const 1)
             )
            )
            (local.set $60
             (v128.bitselect
              (f32x4.mul
               (f32x4.mul
                (f32x4.add
                 (f32x4.mul
                  (f32x4.add
                   (f32x4.mul
                    (f32x4.add
                     (f32x4.mul
                      (f32x4.add
                       (f32x4.mul
                        (f32x4.add
                         (f32x4.mul
                          (local.get $35)
                          (local.get $74)
                         )
                         (local.get $36)
                        )
                        (local.get $74)
                       )
                       (local.get $37)
                      )
                      (local.get $74)
                     )
                     (local.get $38)
                    )
                    (local.get $74)
                   )
                   (local.get $39)
                  )
                  (local.get $74)
                 )
                 (local.get $39)
                )
                (i32x4.shl
                 (i32x4.add
                  (local.get $75)
                  (local.get $54)
                 )
                 (i32.const 23)
                )
               )
               (i32x4.shl
                (i32x4.add
                 (i32x4.sub
                  (i32x4.sub
                   (local.get $72)
                   (local.get $52)
                  )
                  (local.get $75)
                 )
                 (local.get $54)
                )
                (i32.const 23)
               )
              )
              (local.get $60)
              (local.get $70)
             )
            )
           )
          )
         )
        )
       )
       (else
        (local.set $61
         (f32x4.pmin
          (local.get $59)
          (local.get $25)
         )
        )
        (local.set $62
         (f32x4.add
          (f32x4.mul
           (local.get $61)
           (local.get $27)
          )
          (local.get $28)
         )
        )
        (local.set $63
         (f32x4.sub
          (local.get $62)
          (local.get $28)
         )
        )
        (local.set $64
         (f32x4.sub
          (f32x4.sub
           (local.get $61)
           (f32x4.mul
            (local.get $63)
            (local.get $31)
           )
          )
          (f32x4.mul
           (local.get $63)
           (local.get $32)
          )
         )
        )
        (local.set $60
         (f32x4.mul
          (f32x4.add
           (f32x4.mul
            (f32x4.add
             (f32x4.mul
              (f32x4.add
               (f32x4.mul
                (f32x4.add
                 (f32x4.mul
                  (f32x4.add
                   (f32x4.mul
                    (local.get $35)
                    (local.get $64)
                   )
                   (local.get $36)
                  )
                  (local.get $64)
                 )
                 (local.get $37)
                )
                (local.get $64)
               )
               (local.get $38)
              )
              (local.get $64)
             )
             (local.get $39)
            )
            (local.get $64)
           )
           (local.get $39)
          )
          (i32x4.shl
           (i32x4.add
            (local.get $62)
            (local.get $34)
           )
           (i32.const 23)
          )
         )
        )
       )
      )
      (local.set $76
       (local.get $60)
      )
      (local.set $77
       (local.get $76)
      )
      (v128.store32_lane 0
       (i32.add
        (local.get $56)
        (i32.shl
         (i32.add
          (local.get $6)
          (i32.const 0)
         )
         (i32.const 2)
        )
       )
       (local.get $77)
      )
      (if
       (i32.lt_s
        (i32.const 1)
        (local.get $12)
       )
       (then
        (v128.store32_lane 1
         (i32.add
          (local.get $56)
          (i32.shl
           (i32.add
            (local.get $6)
            (i32.const 1)
           )
           (i32.const 2)
          )
         )
         (local.get $77)
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
          (local.get $56)
          (i32.shl
           (i32.add
            (local.get $6)
            (i32.const 2)
           )
           (i32.const 2)
          )
         )
         (local.get $77)
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
          (local.get $56)
          (i32.shl
           (i32.add
            (local.get $6)
            (i32.const 3)
           )
           (i32.const 2)
          )
         )
         (local.get $77)
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
      (local.get $79)
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
 (func $op2_part (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
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
  (block $exit36
   (local.set $4
    (local.get $0)
   )
   (local.set $33
    (local.get $1)
   )
   (br_if $exit36
    (i32.ge_s
     (local.get $4)
     (local.get $33)
    )
   )
   (loop $loop37
    (local.set $11
     (local.get $4)
    )
    (local.set $5
     (local.get $11)
    )
    (local.set $21
     (i32.add
      (i32.const 16846848)
      (i32.shl
       (local.get $5)
       (i32.const 14)
      )
     )
    )
    (local.set $30
     (i32.add
      (i32.const 33624064)
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
    (block $exit32
     (local.set $6
      (local.get $2)
     )
     (local.set $31
      (i32.sub
       (local.get $3)
       (i32.const 15)
      )
     )
     (br_if $exit32
      (i32.ge_s
       (local.get $6)
       (local.get $31)
      )
     )
     (loop $loop33
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
      (br_if $loop33
       (i32.lt_s
        (local.get $6)
        (local.get $31)
       )
      )
     )
    )
    (block $exit34
     (local.set $6
      (local.get $6)
     )
     (local.set $32
      (i32.sub
       (local.get $3)
       (i32.const 3)
      )
     )
     (br_if $exit34
      (i32.ge_s
       (local.get $6)
       (local.get $32)
      )
     )
     (loop $loop35
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
      (br_if $loop35
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
    (br_if $loop37
     (i32.lt_s
      (local.get $4)
      (local.get $33)
     )
    )
   )
  )
 )
 (func $op2 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
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
  (block $exit38
   (local.set $4
    (local.get $0)
   )
   (local.set $6
    (local.get $1)
   )
   (local.set $7
    (local.get $5)
   )
   (br_if $exit38
    (i32.ge_s
     (local.get $4)
     (local.get $6)
    )
   )
   (loop $loop39
    (call $op2_part
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
    (br_if $loop39
     (i32.lt_s
      (local.get $4)
      (local.get $6)
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
  (block $exit44
   (local.set $4
    (local.get $0)
   )
   (local.set $28
    (local.get $1)
   )
   (br_if $exit44
    (i32.ge_s
     (local.get $4)
     (local.get $28)
    )
   )
   (loop $loop45
    (local.set $11
     (local.get $4)
    )
    (local.set $5
     (local.get $11)
    )
    (local.set $18
     (i32.add
      (i32.const 16846848)
      (i32.shl
       (local.get $5)
       (i32.const 14)
      )
     )
    )
    (local.set $20
     (i32.add
      (i32.const 33624064)
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
      (i32.const 33628160)
      (i32.shl
       (local.get $5)
       (i32.const 14)
      )
     )
    )
    (block $exit42
     (local.set $6
      (local.get $2)
     )
     (local.set $27
      (i32.sub
       (local.get $3)
       (i32.const 3)
      )
     )
     (br_if $exit42
      (i32.ge_s
       (local.get $6)
       (local.get $27)
      )
     )
     (loop $loop43
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
       (f32x4.div
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
      (br_if $loop43
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
       (f32x4.div
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
    (br_if $loop45
     (i32.lt_s
      (local.get $4)
      (local.get $28)
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
    (block $exit48
     (local.set $4
      (local.get $2)
     )
     (local.set $8
      (local.get $3)
     )
     (local.set $9
      (local.get $5)
     )
     (br_if $exit48
      (i32.ge_s
       (local.get $4)
       (local.get $8)
      )
     )
     (loop $loop49
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
      (br_if $loop49
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
      (br_if $loop47
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
  (local $16 i32)
  (local $17 i32)
  (local $18 v128)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 v128)
  (local $24 v128)
  (local $25 v128)
  (local $26 i32)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 v128)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  (local $35 i32)
  (local $36 i32)
  (local $37 i32)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 i32)
  (local $43 i32)
  (local $44 i32)
  (local $45 i32)
  (local $46 i32)
  (local $47 i32)
  (local $48 v128)
  (local $49 i32)
  (local $50 i32)
  (local $51 i32)
  (local $52 i32)
  (local $53 i32)
  (local $54 v128)
  (local $55 i32)
  (local $56 v128)
  (local $57 v128)
  (local $58 v128)
  (local $59 v128)
  (local $60 v128)
  (local $61 v128)
  (local $62 v128)
  (local $63 v128)
  (local $64 v128)
  (local $65 v128)
  (local $66 v128)
  (local $67 v128)
  (local $68 v128)
  (local $69 v128)
  (local $70 v128)
  (local $71 v128)
  (local $72 v128)
  (local $73 v128)
  (local $74 v128)
  (local $75 v128)
  (local $76 v128)
  (local $77 v128)
  (local $78 v128)
  (local $79 v128)
  (local $80 v128)
  (local $81 v128)
  (local $82 v128)
  (local $83 v128)
  (local $84 v128)
  (local $85 v128)
  (local $86 v128)
  (local $87 v128)
  (local $88 v128)
  (local $89 v128)
  (local $90 v128)
  (local $91 i32)
  (local $92 v128)
  (local $93 v128)
  (local $94 v128)
  (local $95 v128)
  (local $96 v128)
  (local $97 v128)
  (local $98 v128)
  (local $99 v128)
  (local $100 v128)
  (local $101 v128)
  (local $102 v128)
  (local $103 v128)
  (local $104 v128)
  (local $105 v128)
  (local $106 v128)
  (local $107 v128)
  (local $108 v128)
  (local $109 v128)
  (local $110 v128)
  (local $111 v128)
  (local $112 v128)
  (local $113 i32)
  (local $114 i32)
  (local $115 i32)
  (local $116 i32)
  (local $117 i32)
  (local $118 i32)
  (local $119 i32)
  (local $120 i32)
  (local $121 i32)
  (local $122 i32)
  (local $123 i32)
  (local $124 v128)
  (local $125 i32)
  (local $126 i32)
  (local $127 i32)
  (local $128 i32)
  (local $129 v128)
  (local $130 v128)
  (local $131 v128)
  (local $132 i32)
  (local $133 v128)
  (local $134 v128)
  (local $135 v128)
  (local $136 v128)
  (local $137 v128)
  (local $138 v128)
  (local $139 v128)
  (local $140 v128)
  (local $141 i32)
  (local $142 i32)
  (local $143 i32)
  (local $144 i32)
  (local $145 i32)
  (local $146 i32)
  (local $147 i32)
  (local $148 i32)
  (local $149 i32)
  (local $150 i32)
  (local $151 i32)
  (local $152 i32)
  (local $153 i32)
  (local $154 v128)
  (local $155 i32)
  (local $156 i32)
  (local $157 i32)
  (local $158 i32)
  (local $159 i32)
  (local $160 v128)
  (local $161 i32)
  (local $162 v128)
  (local $163 v128)
  (local $164 i32)
  (local $165 v128)
  (local $166 v128)
  (local $167 v128)
  (local $168 i32)
  (local $169 i32)
  (local.set $8
   (i32.const 0)
  )
  (local.set $9
   (i32.const 4096)
  )
  (local.set $32
   (v128.const i32x4 0x00000000 0x00000001 0x00000002 0x00000003)
  )
  (local.set $34
   (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
  )
  (local.set $38
   (i32.const 0)
  )
  (local.set $39
   (i32.const 4096)
  )
  (local.set $60
   (v128.const i32x4 0x42b20000 0x42b20000 0x42b20000 0x42b20000)
  )
  (local.set $62
   (v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b)
  )
  (local.set $63
   (v128.const i32x4 0x4b400000 0x4b400000 0x4b400000 0x4b400000)
  )
  (local.set $66
   (v128.const i32x4 0x3f317200 0x3f317200 0x3f317200 0x3f317200)
  )
  (local.set $67
   (v128.const i32x4 0x35bfbe8e 0x35bfbe8e 0x35bfbe8e 0x35bfbe8e)
  )
  (local.set $69
   (v128.const i32x4 0xb4c0007e 0xb4c0007e 0xb4c0007e 0xb4c0007e)
  )
  (local.set $70
   (v128.const i32x4 0x3c882f45 0x3c882f45 0x3c882f45 0x3c882f45)
  )
  (local.set $71
   (v128.const i32x4 0x3dab9992 0x3dab9992 0x3dab9992 0x3dab9992)
  )
  (local.set $72
   (v128.const i32x4 0x3eaaabe4 0x3eaaabe4 0x3eaaabe4 0x3eaaabe4)
  )
  (local.set $73
   (v128.const i32x4 0x3f7ffef4 0x3f7ffef4 0x3f7ffef4 0x3f7ffef4)
  )
  (local.set $74
   (v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000)
  )
  (local.set $75
   (v128.const i32x4 0xc2d00000 0xc2d00000 0xc2d00000 0xc2d00000)
  )
  (local.set $77
   (v128.const i32x4 0xc2adcccd 0xc2adcccd 0xc2adcccd 0xc2adcccd)
  )
  (local.set $87
   (v128.const i32x4 0x4b400001 0x4b400001 0x4b400001 0x4b400001)
  )
  (local.set $89
   (v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f)
  )
  (local.set $114
   (i32.const 0)
  )
  (local.set $115
   (i32.const 4096)
  )
  (local.set $138
   (v128.const i32x4 0x00000000 0x00000001 0x00000002 0x00000003)
  )
  (local.set $140
   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
  )
  (local.set $144
   (i32.const 0)
  )
  (local.set $145
   (i32.const 4096)
  )
  (block $exit62
   (local.set $6
    (local.get $0)
   )
   (local.set $169
    (local.get $1)
   )
   (br_if $exit62
    (i32.ge_s
     (local.get $6)
     (local.get $169)
    )
   )
   (loop $loop63
    (local.set $16
     (local.get $6)
    )
    (local.set $10
     (local.get $16)
    )
    (local.set $26
     (i32.add
      (i32.const 65536)
      (i32.shl
       (local.get $10)
       (i32.const 14)
      )
     )
    )
    (local.set $35
     (i32.add
      (i32.const 16842752)
      (i32.shl
       (local.get $10)
       (i32.const 2)
      )
     )
    )
    (local.set $18
     (local.get $34)
    )
    (local.set $23
     (local.get $34)
    )
    (local.set $24
     (local.get $34)
    )
    (local.set $25
     (local.get $34)
    )
    (block $exit50
     (local.set $11
      (local.get $8)
     )
     (local.set $36
      (i32.sub
       (local.get $9)
       (i32.const 15)
      )
     )
     (br_if $exit50
      (i32.ge_s
       (local.get $11)
       (local.get $36)
      )
     )
     (loop $loop51
      (local.set $27
       (v128.load align=4
        (i32.add
         (local.get $26)
         (i32.shl
          (local.get $11)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $18
       (f32x4.max
        (local.get $18)
        (local.get $27)
       )
      )
      (local.set $28
       (v128.load offset=16 align=4
        (i32.add
         (local.get $26)
         (i32.shl
          (local.get $11)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $23
       (f32x4.max
        (local.get $23)
        (local.get $28)
       )
      )
      (local.set $29
       (v128.load offset=32 align=4
        (i32.add
         (local.get $26)
         (i32.shl
          (local.get $11)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $24
       (f32x4.max
        (local.get $24)
        (local.get $29)
       )
      )
      (local.set $30
       (v128.load offset=48 align=4
        (i32.add
         (local.get $26)
         (i32.shl
          (local.get $11)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $25
       (f32x4.max
        (local.get $25)
        (local.get $30)
       )
      )
      (local.set $11
       (i32.add
        (local.get $11)
        (i32.const 16)
       )
      )
      (br_if $loop51
       (i32.lt_s
        (local.get $11)
        (local.get $36)
       )
      )
     )
    )
    (block $exit52
     (local.set $11
      (local.get $11)
     )
     (local.set $37
      (i32.sub
       (local.get $9)
       (i32.const 3)
      )
     )
     (br_if $exit52
      (i32.ge_s
       (local.get $11)
       (local.get $37)
      )
     )
     (loop $loop53
      (local.set $31
       (v128.load align=4
        (i32.add
         (local.get $26)
         (i32.shl
          (local.get $11)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $18
       (f32x4.max
        (local.get $18)
        (local.get $31)
       )
      )
      (local.set $11
       (i32.add
        (local.get $11)
        (i32.const 4)
       )
      )
      (br_if $loop53
       (i32.lt_s
        (local.get $11)
        (local.get $37)
       )
      )
     )
    )
    (if
     (i32.lt_s
      (local.get $11)
      (local.get $9)
     )
     (then
      (local.set $17
       (i32.sub
        (local.get $9)
        (local.get $11)
       )
      )
      (local.set $12
       (select
        (i32.add
         (local.get $11)
         (i32.const 0)
        )
        (i32.sub
         (local.get $9)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $11)
          (i32.const 0)
         )
         (local.get $9)
        )
       )
      )
      (local.set $13
       (select
        (i32.add
         (local.get $11)
         (i32.const 1)
        )
        (i32.sub
         (local.get $9)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $11)
          (i32.const 1)
         )
         (local.get $9)
        )
       )
      )
      (local.set $14
       (select
        (i32.add
         (local.get $11)
         (i32.const 2)
        )
        (i32.sub
         (local.get $9)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $11)
          (i32.const 2)
         )
         (local.get $9)
        )
       )
      )
      (local.set $15
       (select
        (i32.add
         (local.get $11)
         (i32.const 3)
        )
        (i32.sub
         (local.get $9)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $11)
          (i32.const 3)
         )
         (local.get $9)
        )
       )
      )
      (local.set $33
       (v128.load32_lane 3
        (i32.add
         (local.get $26)
         (i32.shl
          (local.get $15)
          (i32.const 2)
         )
        )
        (v128.load32_lane 2
         (i32.add
          (local.get $26)
          (i32.shl
           (local.get $14)
           (i32.const 2)
          )
         )
         (v128.load32_lane 1
          (i32.add
           (local.get $26)
           (i32.shl
            (local.get $13)
            (i32.const 2)
           )
          )
          (v128.load32_lane 0
           (i32.add
            (local.get $26)
            (i32.shl
             (local.get $12)
             (i32.const 2)
            )
           )
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
         )
        )
       )
      )
      (local.set $18
       (f32x4.max
        (local.get $18)
        (v128.bitselect
         (local.get $33)
         (local.get $34)
         (i32x4.lt_s
          (local.get $32)
          (i32x4.splat
           (local.get $17)
          )
         )
        )
       )
      )
     )
    )
    (local.set $18
     (f32x4.max
      (local.get $18)
      (local.get $23)
     )
    )
    (local.set $24
     (f32x4.max
      (local.get $24)
      (local.get $25)
     )
    )
    (local.set $18
     (f32x4.max
      (local.get $18)
      (local.get $24)
     )
    )
    (local.set $18
     (f32x4.max
      (local.get $18)
      (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
       (local.get $18)
       (local.get $18)
      )
     )
    )
    (local.set $18
     (f32x4.max
      (local.get $18)
      (i8x16.shuffle 4 5 6 7 0 1 2 3 12 13 14 15 8 9 10 11
       (local.get $18)
       (local.get $18)
      )
     )
    )
    (f32.store
     (local.get $35)
     (f32x4.extract_lane 0
      (local.get $18)
     )
    )
    (local.set $46
     (local.get $6)
    )
    (local.set $40
     (local.get $46)
    )
    (local.set $53
     (i32.add
      (i32.const 65536)
      (i32.shl
       (local.get $40)
       (i32.const 14)
      )
     )
    )
    (local.set $55
     (i32.add
      (i32.const 16842752)
      (i32.shl
       (local.get $40)
       (i32.const 2)
      )
     )
    )
    (local.set $56
     (v128.load32_splat
      (local.get $55)
     )
    )
    (local.set $91
     (i32.add
      (i32.const 16846848)
      (i32.shl
       (local.get $40)
       (i32.const 14)
      )
     )
    )
    (block $exit54
     (local.set $41
      (local.get $38)
     )
     (local.set $113
      (i32.sub
       (local.get $39)
       (i32.const 3)
      )
     )
     (br_if $exit54
      (i32.ge_s
       (local.get $41)
       (local.get $113)
      )
     )
     (loop $loop55
      (local.set $54
       (v128.load align=4
        (i32.add
         (local.get $53)
         (i32.shl
          (local.get $41)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $57
       (f32x4.sub
        (local.get $54)
        (local.get $56)
       )
      )
      (local.set $58
       (local.get $57)
      )
      (local.set $59
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (if
       (v128.any_true
        (f32x4.lt
         (local.get $58)
         (local.get $77)
        )
       )
       (then
        (local.set $76
         (f32x4.lt
          (local.get $58)
          (local.get $75)
         )
        )
        (if
         (i32.eqz
          (i32x4.all_true
           (local.get $76)
          )
         )
         (then
          (local.set $78
           (f32x4.pmin
            (f32x4.pmax
             (local.get $58)
             (local.get $77)
            )
            (local.get $60)
           )
          )
          (local.set $79
           (f32x4.add
            (f32x4.mul
             (local.get $78)
             (local.get $62)
            )
            (local.get $63)
           )
          )
          (local.set $80
           (f32x4.sub
            (local.get $79)
            (local.get $63)
           )
          )
          (local.set $81
           (f32x4.sub
            (f32x4.sub
             (local.get $78)
             (f32x4.mul
              (local.get $80)
              (local.get $66)
             )
            )
            (f32x4.mul
             (local.get $80)
             (local.get $67)
            )
           )
          )
          (local.set $59
           (v128.andnot
            (f32x4.mul
             (f32x4.add
              (f32x4.mul
               (f32x4.add
                (f32x4.mul
                 (f32x4.add
                  (f32x4.mul
                   (f32x4.add
                    (f32x4.mul
                     (f32x4.add
                      (f32x4.mul
                       (local.get $70)
                       (local.get $81)
                      )
                      (local.get $71)
                     )
                     (local.get $81)
                    )
                    (local.get $72)
                   )
                   (local.get $81)
                  )
                  (local.get $73)
                 )
                 (local.get $81)
                )
                (local.get $74)
               )
               (local.get $81)
              )
              (local.get $74)
             )
             (i32x4.shl
              (i32x4.add
               (local.get $79)
               (local.get $69)
              )
              (i32.const 23)
             )
            )
            (local.get $76)
           )
          )
          (local.set $82
           (v128.andnot
            (f32x4.lt
             (local.get $58)
             (local.get $77)
            )
            (local.get $76)
           )
          )
          (if
           (v128.any_true
            (local.get $82)
           )
           (then
            (local.set $83
             (f32x4.pmax
              (local.get $58)
              (local.get $75)
             )
            )
            (local.set $84
             (f32x4.add
              (f32x4.mul
               (local.get $83)
               (local.get $62)
              )
              (local.get $63)
             )
            )
            (local.set $85
             (f32x4.sub
              (local.get $84)
              (local.get $63)
             )
            )
            (local.set $86
             (f32x4.sub
              (f32x4.sub
               (local.get $83)
               (f32x4.mul
                (local.get $85)
                (local.get $66)
               )
              )
              (f32x4.mul
               (local.get $85)
               (local.get $67)
              )
             )
            )
            (local.set $88
             (i32x4.shr_s
              (i32x4.sub
               (local.get $84)
               (local.get $87)
              )
              (i32.const 1)
             )
            )
            (local.set $59
             (v128.bitselect
              (f32x4.mul
               (f32x4.mul
                (f32x4.add
                 (f32x4.mul
                  (f32x4.add
                   (f32x4.mul
                    (f32x4.add
                     (f32x4.mul
                      (f32x4.add
                       (f32x4.mul
                        (f32x4.add
                         (f32x4.mul
                          (local.get $70)
                          (local.get $86)
                         )
                         (local.get $71)
                        )
                        (local.get $86)
                       )
                       (local.get $72)
                      )
                      (local.get $86)
                     )
                     (local.get $73)
                    )
                    (local.get $86)
                   )
                   (local.get $74)
                  )
                  (local.get $86)
                 )
                 (local.get $74)
                )
                (i32x4.shl
                 (i32x4.add
                  (local.get $88)
                  (local.get $89)
                 )
                 (i32.const 23)
                )
               )
               (i32x4.shl
                (i32x4.add
                 (i32x4.sub
                  (i32x4.sub
                   (local.get $84)
                   (local.get $87)
                  )
                  (local.get $88)
                 )
                 (local.get $89)
                )
                (i32.const 23)
               )
              )
              (local.get $59)
              (local.get $82)
             )
            )
           )
          )
         )
        )
       )
       (else
        (local.set $61
         (f32x4.pmin
          (local.get $58)
          (local.get $60)
         )
        )
        (local.set $64
         (f32x4.add
          (f32x4.mul
           (local.get $61)
           (local.get $62)
          )
          (local.get $63)
         )
        )
        (local.set $65
         (f32x4.sub
          (local.get $64)
          (local.get $63)
         )
        )
        (local.set $68
         (f32x4.sub
          (f32x4.sub
           (local.get $61)
           (f32x4.mul
            (local.get $65)
            (local.get $66)
           )
          )
          (f32x4.mul
           (local.get $65)
           (local.get $67)
          )
         )
        )
        (local.set $59
         (f32x4.mul
          (f32x4.add
           (f32x4.mul
            (f32x4.add
             (f32x4.mul
              (f32x4.add
               (f32x4.mul
                (f32x4.add
                 (f32x4.mul
                  (f32x4.add
                   (f32x4.mul
                    (local.get $70)
                    (local.get $68)
                   )
                   (local.get $71)
                  )
                  (local.get $68)
                 )
                 (local.get $72)
                )
                (local.get $68)
               )
               (local.get $73)
              )
              (local.get $68)
             )
             (local.get $74)
            )
            (local.get $68)
           )
           (local.get $74)
          )
          (i32x4.shl
           (i32x4.add
            (local.get $64)
            (local.get $69)
           )
           (i32.const 23)
          )
         )
        )
       )
      )
      (local.set $90
       (local.get $59)
      )
      (v128.store align=4
       (i32.add
        (local.get $91)
        (i32.shl
         (local.get $41)
         (i32.const 2)
        )
       )
       (local.get $90)
      )
      (local.set $41
       (i32.add
        (local.get $41)
        (i32.const 4)
       )
      )
      (br_if $loop55
       (i32.lt_s
        (local.get $41)
        (local.get $113)
       )
      )
     )
    )
    (if
     (i32.lt_s
      (local.get $41)
      (local.get $39)
     )
     (then
      (local.set $47
       (i32.sub
        (local.get $39)
        (local.get $41)
       )
      )
      (local.set $42
       (select
        (i32.add
         (local.get $41)
         (i32.const 0)
        )
        (i32.sub
         (local.get $39)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $41)
          (i32.const 0)
         )
         (local.get $39)
        )
       )
      )
      (local.set $43
       (select
        (i32.add
         (local.get $41)
         (i32.const 1)
        )
        (i32.sub
         (local.get $39)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $41)
          (i32.const 1)
         )
         (local.get $39)
        )
       )
      )
      (local.set $44
       (select
        (i32.add
         (local.get $41)
         (i32.const 2)
        )
        (i32.sub
         (local.get $39)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $41)
          (i32.const 2)
         )
         (local.get $39)
        )
       )
      )
      (local.set $45
       (select
        (i32.add
         (local.get $41)
         (i32.const 3)
        )
        (i32.sub
         (local.get $39)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $41)
          (i32.const 3)
         )
         (local.get $39)
        )
       )
      )
      (local.set $92
       (v128.load32_lane 3
        (i32.add
         (local.get $53)
         (i32.shl
          (local.get $45)
          (i32.const 2)
         )
        )
        (v128.load32_lane 2
         (i32.add
          (local.get $53)
          (i32.shl
           (local.get $44)
           (i32.const 2)
          )
         )
         (v128.load32_lane 1
          (i32.add
           (local.get $53)
           (i32.shl
            (local.get $43)
            (i32.const 2)
           )
          )
          (v128.load32_lane 0
           (i32.add
            (local.get $53)
            (i32.shl
             (local.get $42)
             (i32.const 2)
            )
           )
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
         )
        )
       )
      )
      (local.set $93
       (f32x4.sub
        (local.get $92)
        (local.get $56)
       )
      )
      (local.set $94
       (local.get $93)
      )
      (local.set $95
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (if
       (v128.any_true
        (f32x4.lt
         (local.get $94)
         (local.get $77)
        )
       )
       (then
        (local.set $100
         (f32x4.lt
          (local.get $94)
          (local.get $75)
         )
        )
        (if
         (i32.eqz
          (i32x4.all_true
           (local.get $100)
          )
         )
         (then
          (local.set $101
           (f32x4.pmin
            (f32x4.pmax
             (local.get $94)
             (local.get $77)
            )
            (local.get $60)
           )
          )
          (local.set $102
           (f32x4.add
            (f32x4.mul
             (local.get $101)
             (local.get $62)
            )
            (local.get $63)
           )
          )
          (local.set $103
           (f32x4.sub
            (local.get $102)
            (local.get $63)
           )
          )
          (local.set $104
           (f32x4.sub
            (f32x4.sub
             (local.get $101)
             (f32x4.mul
              (local.get $103)
              (local.get $66)
             )
            )
            (f32x4.mul
             (local.get $103)
             (local.get $67)
            )
           )
          )
          (local.set $95
           (v128.andnot
            (f32x4.mul
             (f32x4.add
              (f32x4.mul
               (f32x4.add
                (f32x4.mul
                 (f32x4.add
                  (f32x4.mul
                   (f32x4.add
                    (f32x4.mul
                     (f32x4.add
                      (f32x4.mul
                       (local.get $70)
                       (local.get $104)
                      )
                      (local.get $71)
                     )
                     (local.get $104)
                    )
                    (local.get $72)
                   )
                   (local.get $104)
                  )
                  (local.get $73)
                 )
                 (local.get $104)
                )
                (local.get $74)
               )
               (local.get $104)
              )
              (local.get $74)
             )
             (i32x4.shl
              (i32x4.add
               (local.get $102)
               (local.get $69)
              )
              (i32.const 23)
             )
            )
            (local.get $100)
           )
          )
          (local.set $105
           (v128.andnot
            (f32x4.lt
             (local.get $94)
             (local.get $77)
            )
            (local.get $100)
           )
          )
          (if
           (v128.any_true
            (local.get $105)
           )
           (then
            (local.set $106
             (f32x4.pmax
              (local.get $94)
              (local.get $75)
             )
            )
            (local.set $107
             (f32x4.add
              (f32x4.mul
               (local.get $106)
               (local.get $62)
              )
              (local.get $63)
             )
            )
            (local.set $108
             (f32x4.sub
              (local.get $107)
              (local.get $63)
             )
            )
            (local.set $109
             (f32x4.sub
              (f32x4.sub
               (local.get $106)
               (f32x4.mul
                (local.get $108)
                (local.get $66)
               )
              )
              (f32x4.mul
               (local.get $108)
               (local.get $67)
              )
             )
            )
            (local.set $110
             (i32x4.shr_s
              (i32x4.sub
               (local.get $107)
               (local.get $87)
              )
              (i32.const 1)
             )
            )
            (local.set $95
             (v128.bitselect
              (f32x4.mul
               (f32x4.mul
                (f32x4.add
                 (f32x4.mul
                  (f32x4.add
                   (f32x4.mul
                    (f32x4.add
                     (f32x4.mul
                      (f32x4.add
                       (f32x4.mul
                        (f32x4.add
                         (f32x4.mul
                          (local.get $70)
                          (local.get $109)
                         )
                         (local.get $71)
                        )
                        (local.get $109)
                       )
                       (local.get $72)
                      )
                      (local.get $109)
                     )
                     (local.get $73)
                    )
                    (local.get $109)
                   )
                   (local.get $74)
                  )
                  (local.get $109)
                 )
                 (local.get $74)
                )
                (i32x4.shl
                 (i32x4.add
                  (local.get $110)
                  (local.get $89)
                 )
                 (i32.const 23)
                )
               )
               (i32x4.shl
                (i32x4.add
                 (i32x4.sub
                  (i32x4.sub
                   (local.get $107)
                   (local.get $87)
                  )
                  (local.get $110)
                 )
                 (local.get $89)
                )
                (i32.const 23)
               )
              )
              (local.get $95)
              (local.get $105)
             )
            )
           )
          )
         )
        )
       )
       (else
        (local.set $96
         (f32x4.pmin
          (local.get $94)
          (local.get $60)
         )
        )
        (local.set $97
         (f32x4.add
          (f32x4.mul
           (local.get $96)
           (local.get $62)
          )
          (local.get $63)
         )
        )
        (local.set $98
         (f32x4.sub
          (local.get $97)
          (local.get $63)
         )
        )
        (local.set $99
         (f32x4.sub
          (f32x4.sub
           (local.get $96)
           (f32x4.mul
            (local.get $98)
            (local.get $66)
           )
          )
          (f32x4.mul
           (local.get $98)
           (local.get $67)
          )
         )
        )
        (local.set $95
         (f32x4.mul
          (f32x4.add
           (f32x4.mul
            (f32x4.add
             (f32x4.mul
              (f32x4.add
               (f32x4.mul
                (f32x4.add
                 (f32x4.mul
                  (f32x4.add
                   (f32x4.mul
                    (local.get $70)
                    (local.get $99)
                   )
                   (local.get $71)
                  )
                  (local.get $99)
                 )
                 (local.get $72)
                )
                (local.get $99)
               )
               (local.get $73)
              )
              (local.get $99)
             )
             (local.get $74)
            )
            (local.get $99)
           )
           (local.get $74)
          )
          (i32x4.shl
           (i32x4.add
            (local.get $97)
            (local.get $69)
           )
           (i32.const 23)
          )
         )
        )
       )
      )
      (local.set $111
       (local.get $95)
      )
      (local.set $112
       (local.get $111)
      )
      (v128.store32_lane 0
       (i32.add
        (local.get $91)
        (i32.shl
         (i32.add
          (local.get $41)
          (i32.const 0)
         )
         (i32.const 2)
        )
       )
       (local.get $112)
      )
      (if
       (i32.lt_s
        (i32.const 1)
        (local.get $47)
       )
       (then
        (v128.store32_lane 1
         (i32.add
          (local.get $91)
          (i32.shl
           (i32.add
            (local.get $41)
            (i32.const 1)
           )
           (i32.const 2)
          )
         )
         (local.get $112)
        )
       )
      )
      (if
       (i32.lt_s
        (i32.const 2)
        (local.get $47)
       )
       (then
        (v128.store32_lane 2
         (i32.add
          (local.get $91)
          (i32.shl
           (i32.add
            (local.get $41)
            (i32.const 2)
           )
           (i32.const 2)
          )
         )
         (local.get $112)
        )
       )
      )
      (if
       (i32.lt_s
        (i32.const 3)
        (local.get $47)
       )
       (then
        (v128.store32_lane 3
         (i32.add
          (local.get $91)
          (i32.shl
           (i32.add
            (local.get $41)
            (i32.const 3)
           )
           (i32.const 2)
          )
         )
         (local.get $112)
        )
       )
      )
     )
    )
    (local.set $122
     (local.get $6)
    )
    (local.set $116
     (local.get $122)
    )
    (local.set $132
     (i32.add
      (i32.const 16846848)
      (i32.shl
       (local.get $116)
       (i32.const 14)
      )
     )
    )
    (local.set $141
     (i32.add
      (i32.const 33624064)
      (i32.shl
       (local.get $116)
       (i32.const 2)
      )
     )
    )
    (local.set $124
     (local.get $140)
    )
    (local.set $129
     (local.get $140)
    )
    (local.set $130
     (local.get $140)
    )
    (local.set $131
     (local.get $140)
    )
    (block $exit56
     (local.set $117
      (local.get $114)
     )
     (local.set $142
      (i32.sub
       (local.get $115)
       (i32.const 15)
      )
     )
     (br_if $exit56
      (i32.ge_s
       (local.get $117)
       (local.get $142)
      )
     )
     (loop $loop57
      (local.set $133
       (v128.load align=4
        (i32.add
         (local.get $132)
         (i32.shl
          (local.get $117)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $124
       (f32x4.add
        (local.get $124)
        (local.get $133)
       )
      )
      (local.set $134
       (v128.load offset=16 align=4
        (i32.add
         (local.get $132)
         (i32.shl
          (local.get $117)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $129
       (f32x4.add
        (local.get $129)
        (local.get $134)
       )
      )
      (local.set $135
       (v128.load offset=32 align=4
        (i32.add
         (local.get $132)
         (i32.shl
          (local.get $117)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $130
       (f32x4.add
        (local.get $130)
        (local.get $135)
       )
      )
      (local.set $136
       (v128.load offset=48 align=4
        (i32.add
         (local.get $132)
         (i32.shl
          (local.get $117)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $131
       (f32x4.add
        (local.get $131)
        (local.get $136)
       )
      )
      (local.set $117
       (i32.add
        (local.get $117)
        (i32.const 16)
       )
      )
      (br_if $loop57
       (i32.lt_s
        (local.get $117)
        (local.get $142)
       )
      )
     )
    )
    (block $exit58
     (local.set $117
      (local.get $117)
     )
     (local.set $143
      (i32.sub
       (local.get $115)
       (i32.const 3)
      )
     )
     (br_if $exit58
      (i32.ge_s
       (local.get $117)
       (local.get $143)
      )
     )
     (loop $loop59
      (local.set $137
       (v128.load align=4
        (i32.add
         (local.get $132)
         (i32.shl
          (local.get $117)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $124
       (f32x4.add
        (local.get $124)
        (local.get $137)
       )
      )
      (local.set $117
       (i32.add
        (local.get $117)
        (i32.const 4)
       )
      )
      (br_if $loop59
       (i32.lt_s
        (local.get $117)
        (local.get $143)
       )
      )
     )
    )
    (if
     (i32.lt_s
      (local.get $117)
      (local.get $115)
     )
     (then
      (local.set $123
       (i32.sub
        (local.get $115)
        (local.get $117)
       )
      )
      (local.set $118
       (select
        (i32.add
         (local.get $117)
         (i32.const 0)
        )
        (i32.sub
         (local.get $115)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $117)
          (i32.const 0)
         )
         (local.get $115)
        )
       )
      )
      (local.set $119
       (select
        (i32.add
         (local.get $117)
         (i32.const 1)
        )
        (i32.sub
         (local.get $115)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $117)
          (i32.const 1)
         )
         (local.get $115)
        )
       )
      )
      (local.set $120
       (select
        (i32.add
         (local.get $117)
         (i32.const 2)
        )
        (i32.sub
         (local.get $115)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $117)
          (i32.const 2)
         )
         (local.get $115)
        )
       )
      )
      (local.set $121
       (select
        (i32.add
         (local.get $117)
         (i32.const 3)
        )
        (i32.sub
         (local.get $115)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $117)
          (i32.const 3)
         )
         (local.get $115)
        )
       )
      )
      (local.set $139
       (v128.load32_lane 3
        (i32.add
         (local.get $132)
         (i32.shl
          (local.get $121)
          (i32.const 2)
         )
        )
        (v128.load32_lane 2
         (i32.add
          (local.get $132)
          (i32.shl
           (local.get $120)
           (i32.const 2)
          )
         )
         (v128.load32_lane 1
          (i32.add
           (local.get $132)
           (i32.shl
            (local.get $119)
            (i32.const 2)
           )
          )
          (v128.load32_lane 0
           (i32.add
            (local.get $132)
            (i32.shl
             (local.get $118)
             (i32.const 2)
            )
           )
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
         )
        )
       )
      )
      (local.set $124
       (f32x4.add
        (local.get $124)
        (v128.bitselect
         (local.get $139)
         (local.get $140)
         (i32x4.lt_s
          (local.get $138)
          (i32x4.splat
           (local.get $123)
          )
         )
        )
       )
      )
     )
    )
    (local.set $124
     (f32x4.add
      (local.get $124)
      (local.get $129)
     )
    )
    (local.set $130
     (f32x4.add
      (local.get $130)
      (local.get $131)
     )
    )
    (local.set $124
     (f32x4.add
      (local.get $124)
      (local.get $130)
     )
    )
    (local.set $124
     (f32x4.add
      (local.get $124)
      (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
       (local.get $124)
       (local.get $124)
      )
     )
    )
    (local.set $124
     (f32x4.add
      (local.get $124)
      (i8x16.shuffle 4 5 6 7 0 1 2 3 12 13 14 15 8 9 10 11
       (local.get $124)
       (local.get $124)
      )
     )
    )
    (f32.store
     (local.get $141)
     (f32x4.extract_lane 0
      (local.get $124)
     )
    )
    (local.set $152
     (local.get $6)
    )
    (local.set $146
     (local.get $152)
    )
    (local.set $159
     (i32.add
      (i32.const 16846848)
      (i32.shl
       (local.get $146)
       (i32.const 14)
      )
     )
    )
    (local.set $161
     (i32.add
      (i32.const 33624064)
      (i32.shl
       (local.get $146)
       (i32.const 2)
      )
     )
    )
    (local.set $162
     (v128.load32_splat
      (local.get $161)
     )
    )
    (local.set $164
     (i32.add
      (i32.const 33628160)
      (i32.shl
       (local.get $146)
       (i32.const 14)
      )
     )
    )
    (block $exit60
     (local.set $147
      (local.get $144)
     )
     (local.set $168
      (i32.sub
       (local.get $145)
       (i32.const 3)
      )
     )
     (br_if $exit60
      (i32.ge_s
       (local.get $147)
       (local.get $168)
      )
     )
     (loop $loop61
      (local.set $160
       (v128.load align=4
        (i32.add
         (local.get $159)
         (i32.shl
          (local.get $147)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $163
       (f32x4.div
        (local.get $160)
        (local.get $162)
       )
      )
      (v128.store align=4
       (i32.add
        (local.get $164)
        (i32.shl
         (local.get $147)
         (i32.const 2)
        )
       )
       (local.get $163)
      )
      (local.set $147
       (i32.add
        (local.get $147)
        (i32.const 4)
       )
      )
      (br_if $loop61
       (i32.lt_s
        (local.get $147)
        (local.get $168)
       )
      )
     )
    )
    (if
     (i32.lt_s
      (local.get $147)
      (local.get $145)
     )
     (then
      (local.set $153
       (i32.sub
        (local.get $145)
        (local.get $147)
       )
      )
      (local.set $148
       (select
        (i32.add
         (local.get $147)
         (i32.const 0)
        )
        (i32.sub
         (local.get $145)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $147)
          (i32.const 0)
         )
         (local.get $145)
        )
       )
      )
      (local.set $149
       (select
        (i32.add
         (local.get $147)
         (i32.const 1)
        )
        (i32.sub
         (local.get $145)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $147)
          (i32.const 1)
         )
         (local.get $145)
        )
       )
      )
      (local.set $150
       (select
        (i32.add
         (local.get $147)
         (i32.const 2)
        )
        (i32.sub
         (local.get $145)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $147)
          (i32.const 2)
         )
         (local.get $145)
        )
       )
      )
      (local.set $151
       (select
        (i32.add
         (local.get $147)
         (i32.const 3)
        )
        (i32.sub
         (local.get $145)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $147)
          (i32.const 3)
         )
         (local.get $145)
        )
       )
      )
      (local.set $165
       (v128.load32_lane 3
        (i32.add
         (local.get $159)
         (i32.shl
          (local.get $151)
          (i32.const 2)
         )
        )
        (v128.load32_lane 2
         (i32.add
          (local.get $159)
          (i32.shl
           (local.get $150)
           (i32.const 2)
          )
         )
         (v128.load32_lane 1
          (i32.add
           (local.get $159)
           (i32.shl
            (local.get $149)
            (i32.const 2)
           )
          )
          (v128.load32_lane 0
           (i32.add
            (local.get $159)
            (i32.shl
             (local.get $148)
             (i32.const 2)
            )
           )
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
         )
        )
       )
      )
      (local.set $166
       (f32x4.div
        (local.get $165)
        (local.get $162)
       )
      )
      (local.set $167
       (local.get $166)
      )
      (v128.store32_lane 0
       (i32.add
        (local.get $164)
        (i32.shl
         (i32.add
          (local.get $147)
          (i32.const 0)
         )
         (i32.const 2)
        )
       )
       (local.get $167)
      )
      (if
       (i32.lt_s
        (i32.const 1)
        (local.get $153)
       )
       (then
        (v128.store32_lane 1
         (i32.add
          (local.get $164)
          (i32.shl
           (i32.add
            (local.get $147)
            (i32.const 1)
           )
           (i32.const 2)
          )
         )
         (local.get $167)
        )
       )
      )
      (if
       (i32.lt_s
        (i32.const 2)
        (local.get $153)
       )
       (then
        (v128.store32_lane 2
         (i32.add
          (local.get $164)
          (i32.shl
           (i32.add
            (local.get $147)
            (i32.const 2)
           )
           (i32.const 2)
          )
         )
         (local.get $167)
        )
       )
      )
      (if
       (i32.lt_s
        (i32.const 3)
        (local.get $153)
       )
       (then
        (v128.store32_lane 3
         (i32.add
          (local.get $164)
          (i32.shl
           (i32.add
            (local.get $147)
            (i32.const 3)
           )
           (i32.const 2)
          )
         )
         (local.get $167)
        )
       )
      )
     )
    )
    (local.set $6
     (i32.add
      (local.get $6)
      (i32.const 1)
     )
    )
    (br_if $loop63
     (i32.lt_s
      (local.get $6)
      (local.get $169)
     )
    )
   )
  )
  (i32.store
   (i32.const 50405376)
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
  (block $exit64
   (local.set $2
    (local.get $0)
   )
   (local.set $4
    (local.get $3)
   )
   (br_if $exit64
    (i32.ge_s
     (local.get $2)
     (local.get $4)
    )
   )
   (loop $loop65
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
    (br_if $loop65
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
  (block $exit66
   (local.set $5
    (i32.const 0)
   )
   (local.set $7
    (local.get $1)
   )
   (br_if $exit66
    (i32.ge_s
     (local.get $5)
     (local.get $7)
    )
   )
   (loop $loop67
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
    (br_if $loop67
     (i32.lt_s
      (local.get $5)
      (local.get $7)
     )
    )
   )
  )
 )
)
