(module
 (type $0 (func (param i32 i32 i32 i32 i32 i32)))
 (type $1 (func (param f64) (result f64)))
 (type $2 (func (param i32 i32 i32 i32)))
 (type $3 (func (param i32 i32 i32)))
 (type $4 (func (param i32 i32 i32 i32 i32 i32 i32)))
 (type $5 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32)))
 (type $6 (func (param i32 i32)))
 (type $7 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)))
 (type $8 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)))
 (type $9 (func (param i32 i32 i32 i32 i32 i32 i32 i32)))
 (type $10 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)))
 (type $11 (func (param f64)))
 (import "env" "memory" (memory $0 1 65536))
 (import "math" "exp" (func $exp (param f64) (result f64)))
 (import "math" "log" (func $log (param f64) (result f64)))
 (import "math" "tanh" (func $tanh (param f64) (result f64)))
 (export "fill32" (func $fill32))
 (export "fill8" (func $fill8))
 (export "op0" (func $op0))
 (export "op0_claim" (func $op0_claim))
 (export "op0_prepack" (func $op0_prepack))
 (export "op0_shared" (func $op0_shared))
 (export "op1" (func $op1))
 (export "op2" (func $op2))
 (export "op2_claim" (func $op2_claim))
 (export "op2_prepack" (func $op2_prepack))
 (export "op2_shared" (func $op2_shared))
 (export "index0" (func $index0))
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
 (func $op0_packA (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32)
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
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
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
  (local $40 i32)
  (local.set $9
   (local.get $0)
  )
  (block $exit24
   (local.set $6
    (i32.const 0)
   )
   (local.set $40
    (i32.div_s
     (i32.add
      (local.get $2)
      (i32.const 3)
     )
     (i32.const 4)
    )
   )
   (br_if $exit24
    (i32.ge_s
     (local.get $6)
     (local.get $40)
    )
   )
   (loop $loop25
    (local.set $10
     (i32.lt_s
      (i32.add
       (i32.mul
        (local.get $6)
        (i32.const 4)
       )
       (i32.const 0)
      )
      (local.get $2)
     )
    )
    (local.set $14
     (select
      (i32.add
       (i32.load
        (i32.add
         (i32.const 21299200)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 21299264)
         (i32.shl
          (i32.load
           (i32.add
            (local.get $1)
            (i32.shl
             (i32.add
              (i32.mul
               (local.get $6)
               (i32.const 4)
              )
              (i32.const 0)
             )
             (i32.const 2)
            )
           )
          )
          (i32.const 2)
         )
        )
       )
      )
      (i32.const 0)
      (local.get $10)
     )
    )
    (local.set $11
     (i32.lt_s
      (i32.add
       (i32.mul
        (local.get $6)
        (i32.const 4)
       )
       (i32.const 1)
      )
      (local.get $2)
     )
    )
    (local.set $15
     (select
      (i32.add
       (i32.load
        (i32.add
         (i32.const 21299200)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 21299264)
         (i32.shl
          (i32.load
           (i32.add
            (local.get $1)
            (i32.shl
             (i32.add
              (i32.mul
               (local.get $6)
               (i32.const 4)
              )
              (i32.const 1)
             )
             (i32.const 2)
            )
           )
          )
          (i32.const 2)
         )
        )
       )
      )
      (i32.const 0)
      (local.get $11)
     )
    )
    (local.set $12
     (i32.lt_s
      (i32.add
       (i32.mul
        (local.get $6)
        (i32.const 4)
       )
       (i32.const 2)
      )
      (local.get $2)
     )
    )
    (local.set $16
     (select
      (i32.add
       (i32.load
        (i32.add
         (i32.const 21299200)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 21299264)
         (i32.shl
          (i32.load
           (i32.add
            (local.get $1)
            (i32.shl
             (i32.add
              (i32.mul
               (local.get $6)
               (i32.const 4)
              )
              (i32.const 2)
             )
             (i32.const 2)
            )
           )
          )
          (i32.const 2)
         )
        )
       )
      )
      (i32.const 0)
      (local.get $12)
     )
    )
    (local.set $13
     (i32.lt_s
      (i32.add
       (i32.mul
        (local.get $6)
        (i32.const 4)
       )
       (i32.const 3)
      )
      (local.get $2)
     )
    )
    (local.set $17
     (select
      (i32.add
       (i32.load
        (i32.add
         (i32.const 21299200)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 21299264)
         (i32.shl
          (i32.load
           (i32.add
            (local.get $1)
            (i32.shl
             (i32.add
              (i32.mul
               (local.get $6)
               (i32.const 4)
              )
              (i32.const 3)
             )
             (i32.const 2)
            )
           )
          )
          (i32.const 2)
         )
        )
       )
      )
      (i32.const 0)
      (local.get $13)
     )
    )
    (block $exit22
     (local.set $19
      (i32.const 0)
     )
     (local.set $39
      (local.get $4)
     )
     (br_if $exit22
      (i32.ge_s
       (local.get $19)
       (local.get $39)
      )
     )
     (loop $loop23
      (local.set $21
       (i32.load
        (i32.add
         (local.get $3)
         (i32.shl
          (local.get $19)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $22
       (i32.add
        (local.get $19)
        (i32.const 1)
       )
      )
      (block $exit16
       (local.set $20
        (local.get $22)
       )
       (local.set $36
        (local.get $4)
       )
       (br_if $exit16
        (i32.ge_s
         (local.get $20)
         (local.get $36)
        )
       )
       (loop $loop17
        (if
         (i32.eq
          (i32.load
           (i32.add
            (local.get $3)
            (i32.shl
             (local.get $20)
             (i32.const 2)
            )
           )
          )
          (i32.add
           (local.get $21)
           (i32.sub
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (then
          (local.set $22
           (i32.add
            (local.get $20)
            (i32.const 1)
           )
          )
         )
         (else
          (local.set $20
           (local.get $4)
          )
         )
        )
        (local.set $20
         (i32.add
          (local.get $20)
          (i32.const 1)
         )
        )
        (br_if $loop17
         (i32.lt_s
          (local.get $20)
          (local.get $36)
         )
        )
       )
      )
      (local.set $23
       (i32.add
        (local.get $19)
        (i32.and
         (i32.sub
          (local.get $22)
          (local.get $19)
         )
         (i32.const -4)
        )
       )
      )
      (if
       (i32.lt_s
        (local.get $19)
        (local.get $23)
       )
       (then
        (local.set $24
         (i32.add
          (i32.const 65536)
          (i32.shl
           (i32.add
            (local.get $14)
            (i32.load
             (i32.add
              (i32.const 21299776)
              (i32.shl
               (local.get $21)
               (i32.const 2)
              )
             )
            )
           )
           (i32.const 2)
          )
         )
        )
        (local.set $25
         (i32.add
          (i32.const 65536)
          (i32.shl
           (i32.add
            (local.get $15)
            (i32.load
             (i32.add
              (i32.const 21299776)
              (i32.shl
               (local.get $21)
               (i32.const 2)
              )
             )
            )
           )
           (i32.const 2)
          )
         )
        )
        (local.set $26
         (i32.add
          (i32.const 65536)
          (i32.shl
           (i32.add
            (local.get $16)
            (i32.load
             (i32.add
              (i32.const 21299776)
              (i32.shl
               (local.get $21)
               (i32.const 2)
              )
             )
            )
           )
           (i32.const 2)
          )
         )
        )
        (local.set $27
         (i32.add
          (i32.const 65536)
          (i32.shl
           (i32.add
            (local.get $17)
            (i32.load
             (i32.add
              (i32.const 21299776)
              (i32.shl
               (local.get $21)
               (i32.const 2)
              )
             )
            )
           )
           (i32.const 2)
          )
         )
        )
        (block $exit18
         (local.set $7
          (local.get $19)
         )
         (local.set $37
          (local.get $23)
         )
         (br_if $exit18
          (i32.ge_s
           (local.get $7)
           (local.get $37)
          )
         )
         (loop $loop19
          (local.set $28
           (select
            (v128.load align=4
             (i32.add
              (local.get $24)
              (i32.shl
               (i32.sub
                (local.get $7)
                (local.get $19)
               )
               (i32.const 2)
              )
             )
            )
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $10)
           )
          )
          (local.set $29
           (select
            (v128.load align=4
             (i32.add
              (local.get $25)
              (i32.shl
               (i32.sub
                (local.get $7)
                (local.get $19)
               )
               (i32.const 2)
              )
             )
            )
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $11)
           )
          )
          (local.set $30
           (select
            (v128.load align=4
             (i32.add
              (local.get $26)
              (i32.shl
               (i32.sub
                (local.get $7)
                (local.get $19)
               )
               (i32.const 2)
              )
             )
            )
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $12)
           )
          )
          (local.set $31
           (select
            (v128.load align=4
             (i32.add
              (local.get $27)
              (i32.shl
               (i32.sub
                (local.get $7)
                (local.get $19)
               )
               (i32.const 2)
              )
             )
            )
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $13)
           )
          )
          (local.set $32
           (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
            (local.get $28)
            (local.get $29)
           )
          )
          (local.set $33
           (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
            (local.get $28)
            (local.get $29)
           )
          )
          (local.set $34
           (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
            (local.get $30)
            (local.get $31)
           )
          )
          (local.set $35
           (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
            (local.get $30)
            (local.get $31)
           )
          )
          (v128.store align=4
           (local.get $9)
           (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
            (local.get $32)
            (local.get $34)
           )
          )
          (v128.store offset=16 align=4
           (local.get $9)
           (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
            (local.get $32)
            (local.get $34)
           )
          )
          (v128.store offset=32 align=4
           (local.get $9)
           (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
            (local.get $33)
            (local.get $35)
           )
          )
          (v128.store offset=48 align=4
           (local.get $9)
           (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
            (local.get $33)
            (local.get $35)
           )
          )
          (local.set $9
           (i32.add
            (local.get $9)
            (i32.const 64)
           )
          )
          (local.set $7
           (i32.add
            (local.get $7)
            (i32.const 4)
           )
          )
          (br_if $loop19
           (i32.lt_s
            (local.get $7)
            (local.get $37)
           )
          )
         )
        )
       )
      )
      (block $exit20
       (local.set $7
        (local.get $23)
       )
       (local.set $38
        (local.get $22)
       )
       (br_if $exit20
        (i32.ge_s
         (local.get $7)
         (local.get $38)
        )
       )
       (loop $loop21
        (local.set $8
         (i32.load
          (i32.add
           (local.get $3)
           (i32.shl
            (local.get $7)
            (i32.const 2)
           )
          )
         )
        )
        (f32.store
         (local.get $9)
         (select
          (f32.load
           (i32.add
            (i32.const 65536)
            (i32.shl
             (i32.add
              (local.get $14)
              (i32.load
               (i32.add
                (i32.const 21299776)
                (i32.shl
                 (local.get $8)
                 (i32.const 2)
                )
               )
              )
             )
             (i32.const 2)
            )
           )
          )
          (f32.const 0)
          (local.get $10)
         )
        )
        (f32.store offset=4
         (local.get $9)
         (select
          (f32.load
           (i32.add
            (i32.const 65536)
            (i32.shl
             (i32.add
              (local.get $15)
              (i32.load
               (i32.add
                (i32.const 21299776)
                (i32.shl
                 (local.get $8)
                 (i32.const 2)
                )
               )
              )
             )
             (i32.const 2)
            )
           )
          )
          (f32.const 0)
          (local.get $11)
         )
        )
        (f32.store offset=8
         (local.get $9)
         (select
          (f32.load
           (i32.add
            (i32.const 65536)
            (i32.shl
             (i32.add
              (local.get $16)
              (i32.load
               (i32.add
                (i32.const 21299776)
                (i32.shl
                 (local.get $8)
                 (i32.const 2)
                )
               )
              )
             )
             (i32.const 2)
            )
           )
          )
          (f32.const 0)
          (local.get $12)
         )
        )
        (f32.store offset=12
         (local.get $9)
         (select
          (f32.load
           (i32.add
            (i32.const 65536)
            (i32.shl
             (i32.add
              (local.get $17)
              (i32.load
               (i32.add
                (i32.const 21299776)
                (i32.shl
                 (local.get $8)
                 (i32.const 2)
                )
               )
              )
             )
             (i32.const 2)
            )
           )
          )
          (f32.const 0)
          (local.get $13)
         )
        )
        (local.set $9
         (i32.add
          (local.get $9)
          (i32.const 16)
         )
        )
        (local.set $7
         (i32.add
          (local.get $7)
          (i32.const 1)
         )
        )
        (br_if $loop21
         (i32.lt_s
          (local.get $7)
          (local.get $38)
         )
        )
       )
      )
      (local.set $19
       (local.get $22)
      )
      (local.set $19
       (i32.add
        (local.get $19)
        (i32.const 0)
       )
      )
      (br_if $loop23
       (i32.lt_s
        (local.get $19)
        (local.get $39)
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
    (br_if $loop25
     (i32.lt_s
      (local.get $6)
      (local.get $40)
     )
    )
   )
  )
 )
 (func $op0_packB (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32)
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
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
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
  (if
   (i32.and
    (i32.ge_s
     (local.get $4)
     (i32.const 1)
    )
    (i32.eq
     (i32.sub
      (i32.load
       (i32.add
        (local.get $3)
        (i32.shl
         (i32.sub
          (local.get $4)
          (i32.const 1)
         )
         (i32.const 2)
        )
       )
      )
      (i32.load
       (i32.add
        (local.get $3)
        (i32.shl
         (i32.const 0)
         (i32.const 2)
        )
       )
      )
     )
     (i32.sub
      (local.get $4)
      (i32.const 1)
     )
    )
   )
   (then
    (local.set $30
     (i32.add
      (i32.const 458752)
      (i32.shl
       (i32.add
        (i32.load
         (i32.add
          (i32.const 21302848)
          (i32.shl
           (local.get $5)
           (i32.const 2)
          )
         )
        )
        (i32.load
         (i32.add
          (i32.const 21302912)
          (i32.shl
           (i32.load
            (i32.add
             (local.get $3)
             (i32.shl
              (i32.const 0)
              (i32.const 2)
             )
            )
           )
           (i32.const 2)
          )
         )
        )
       )
       (i32.const 2)
      )
     )
    )
    (local.set $33
     (i32.mul
      (local.get $2)
      (i32.const 32)
     )
    )
    (block $exit32
     (local.set $7
      (i32.const 0)
     )
     (local.set $35
      (local.get $2)
     )
     (br_if $exit32
      (i32.ge_s
       (local.get $7)
       (local.get $35)
      )
     )
     (loop $loop33
      (local.set $31
       (i32.add
        (local.get $30)
        (i32.shl
         (i32.load
          (i32.add
           (i32.const 21315200)
           (i32.shl
            (i32.load
             (i32.add
              (local.get $1)
              (i32.shl
               (local.get $7)
               (i32.const 2)
              )
             )
            )
            (i32.const 2)
           )
          )
         )
         (i32.const 2)
        )
       )
      )
      (local.set $32
       (i32.add
        (local.get $0)
        (i32.shl
         (local.get $7)
         (i32.const 5)
        )
       )
      )
      (block $exit30
       (local.set $6
        (i32.const 0)
       )
       (local.set $34
        (i32.div_s
         (i32.add
          (local.get $4)
          (i32.const 7)
         )
         (i32.const 8)
        )
       )
       (br_if $exit30
        (i32.ge_s
         (local.get $6)
         (local.get $34)
        )
       )
       (loop $loop31
        (v128.store align=4
         (local.get $32)
         (v128.load align=4
          (local.get $31)
         )
        )
        (v128.store offset=16 align=4
         (local.get $32)
         (v128.load offset=16 align=4
          (local.get $31)
         )
        )
        (local.set $31
         (i32.add
          (local.get $31)
          (i32.const 32)
         )
        )
        (local.set $32
         (i32.add
          (local.get $32)
          (local.get $33)
         )
        )
        (local.set $6
         (i32.add
          (local.get $6)
          (i32.const 1)
         )
        )
        (br_if $loop31
         (i32.lt_s
          (local.get $6)
          (local.get $34)
         )
        )
       )
      )
      (local.set $7
       (i32.add
        (local.get $7)
        (i32.const 1)
       )
      )
      (br_if $loop33
       (i32.lt_s
        (local.get $7)
        (local.get $35)
       )
      )
     )
    )
   )
   (else
    (local.set $9
     (local.get $0)
    )
    (block $exit28
     (local.set $6
      (i32.const 0)
     )
     (local.set $29
      (i32.div_s
       (i32.add
        (local.get $4)
        (i32.const 7)
       )
       (i32.const 8)
      )
     )
     (br_if $exit28
      (i32.ge_s
       (local.get $6)
       (local.get $29)
      )
     )
     (loop $loop29
      (local.set $10
       (i32.sub
        (local.get $4)
        (i32.mul
         (local.get $6)
         (i32.const 8)
        )
       )
      )
      (local.set $11
       (i32.lt_s
        (i32.const 0)
        (local.get $10)
       )
      )
      (local.set $19
       (select
        (i32.add
         (i32.load
          (i32.add
           (i32.const 21302848)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 21302912)
           (i32.shl
            (i32.load
             (i32.add
              (local.get $3)
              (i32.shl
               (i32.add
                (i32.mul
                 (local.get $6)
                 (i32.const 8)
                )
                (i32.const 0)
               )
               (i32.const 2)
              )
             )
            )
            (i32.const 2)
           )
          )
         )
        )
        (i32.const 0)
        (local.get $11)
       )
      )
      (local.set $12
       (i32.lt_s
        (i32.const 1)
        (local.get $10)
       )
      )
      (local.set $20
       (select
        (i32.add
         (i32.load
          (i32.add
           (i32.const 21302848)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 21302912)
           (i32.shl
            (i32.load
             (i32.add
              (local.get $3)
              (i32.shl
               (i32.add
                (i32.mul
                 (local.get $6)
                 (i32.const 8)
                )
                (i32.const 1)
               )
               (i32.const 2)
              )
             )
            )
            (i32.const 2)
           )
          )
         )
        )
        (i32.const 0)
        (local.get $12)
       )
      )
      (local.set $13
       (i32.lt_s
        (i32.const 2)
        (local.get $10)
       )
      )
      (local.set $21
       (select
        (i32.add
         (i32.load
          (i32.add
           (i32.const 21302848)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 21302912)
           (i32.shl
            (i32.load
             (i32.add
              (local.get $3)
              (i32.shl
               (i32.add
                (i32.mul
                 (local.get $6)
                 (i32.const 8)
                )
                (i32.const 2)
               )
               (i32.const 2)
              )
             )
            )
            (i32.const 2)
           )
          )
         )
        )
        (i32.const 0)
        (local.get $13)
       )
      )
      (local.set $14
       (i32.lt_s
        (i32.const 3)
        (local.get $10)
       )
      )
      (local.set $22
       (select
        (i32.add
         (i32.load
          (i32.add
           (i32.const 21302848)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 21302912)
           (i32.shl
            (i32.load
             (i32.add
              (local.get $3)
              (i32.shl
               (i32.add
                (i32.mul
                 (local.get $6)
                 (i32.const 8)
                )
                (i32.const 3)
               )
               (i32.const 2)
              )
             )
            )
            (i32.const 2)
           )
          )
         )
        )
        (i32.const 0)
        (local.get $14)
       )
      )
      (local.set $15
       (i32.lt_s
        (i32.const 4)
        (local.get $10)
       )
      )
      (local.set $23
       (select
        (i32.add
         (i32.load
          (i32.add
           (i32.const 21302848)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 21302912)
           (i32.shl
            (i32.load
             (i32.add
              (local.get $3)
              (i32.shl
               (i32.add
                (i32.mul
                 (local.get $6)
                 (i32.const 8)
                )
                (i32.const 4)
               )
               (i32.const 2)
              )
             )
            )
            (i32.const 2)
           )
          )
         )
        )
        (i32.const 0)
        (local.get $15)
       )
      )
      (local.set $16
       (i32.lt_s
        (i32.const 5)
        (local.get $10)
       )
      )
      (local.set $24
       (select
        (i32.add
         (i32.load
          (i32.add
           (i32.const 21302848)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 21302912)
           (i32.shl
            (i32.load
             (i32.add
              (local.get $3)
              (i32.shl
               (i32.add
                (i32.mul
                 (local.get $6)
                 (i32.const 8)
                )
                (i32.const 5)
               )
               (i32.const 2)
              )
             )
            )
            (i32.const 2)
           )
          )
         )
        )
        (i32.const 0)
        (local.get $16)
       )
      )
      (local.set $17
       (i32.lt_s
        (i32.const 6)
        (local.get $10)
       )
      )
      (local.set $25
       (select
        (i32.add
         (i32.load
          (i32.add
           (i32.const 21302848)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 21302912)
           (i32.shl
            (i32.load
             (i32.add
              (local.get $3)
              (i32.shl
               (i32.add
                (i32.mul
                 (local.get $6)
                 (i32.const 8)
                )
                (i32.const 6)
               )
               (i32.const 2)
              )
             )
            )
            (i32.const 2)
           )
          )
         )
        )
        (i32.const 0)
        (local.get $17)
       )
      )
      (local.set $18
       (i32.lt_s
        (i32.const 7)
        (local.get $10)
       )
      )
      (local.set $26
       (select
        (i32.add
         (i32.load
          (i32.add
           (i32.const 21302848)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 21302912)
           (i32.shl
            (i32.load
             (i32.add
              (local.get $3)
              (i32.shl
               (i32.add
                (i32.mul
                 (local.get $6)
                 (i32.const 8)
                )
                (i32.const 7)
               )
               (i32.const 2)
              )
             )
            )
            (i32.const 2)
           )
          )
         )
        )
        (i32.const 0)
        (local.get $18)
       )
      )
      (block $exit26
       (local.set $7
        (i32.const 0)
       )
       (local.set $28
        (local.get $2)
       )
       (br_if $exit26
        (i32.ge_s
         (local.get $7)
         (local.get $28)
        )
       )
       (loop $loop27
        (local.set $8
         (i32.load
          (i32.add
           (local.get $1)
           (i32.shl
            (local.get $7)
            (i32.const 2)
           )
          )
         )
        )
        (if
         (i32.and
          (i32.eq
           (local.get $10)
           (i32.const 8)
          )
          (i32.eq
           (i32.sub
            (local.get $26)
            (local.get $19)
           )
           (i32.const 7)
          )
         )
         (then
          (local.set $27
           (i32.add
            (i32.const 458752)
            (i32.shl
             (i32.add
              (local.get $19)
              (i32.load
               (i32.add
                (i32.const 21315200)
                (i32.shl
                 (local.get $8)
                 (i32.const 2)
                )
               )
              )
             )
             (i32.const 2)
            )
           )
          )
          (v128.store align=4
           (local.get $9)
           (v128.load align=4
            (local.get $27)
           )
          )
          (v128.store offset=16 align=4
           (local.get $9)
           (v128.load offset=16 align=4
            (local.get $27)
           )
          )
         )
         (else
          (f32.store
           (local.get $9)
           (select
            (f32.load
             (i32.add
              (i32.const 458752)
              (i32.shl
               (i32.add
                (local.get $19)
                (i32.load
                 (i32.add
                  (i32.const 21315200)
                  (i32.shl
                   (local.get $8)
                   (i32.const 2)
                  )
                 )
                )
               )
               (i32.const 2)
              )
             )
            )
            (f32.const 0)
            (local.get $11)
           )
          )
          (f32.store offset=4
           (local.get $9)
           (select
            (f32.load
             (i32.add
              (i32.const 458752)
              (i32.shl
               (i32.add
                (local.get $20)
                (i32.load
                 (i32.add
                  (i32.const 21315200)
                  (i32.shl
                   (local.get $8)
                   (i32.const 2)
                  )
                 )
                )
               )
               (i32.const 2)
              )
             )
            )
            (f32.const 0)
            (local.get $12)
           )
          )
          (f32.store offset=8
           (local.get $9)
           (select
            (f32.load
             (i32.add
              (i32.const 458752)
              (i32.shl
               (i32.add
                (local.get $21)
                (i32.load
                 (i32.add
                  (i32.const 21315200)
                  (i32.shl
                   (local.get $8)
                   (i32.const 2)
                  )
                 )
                )
               )
               (i32.const 2)
              )
             )
            )
            (f32.const 0)
            (local.get $13)
           )
          )
          (f32.store offset=12
           (local.get $9)
           (select
            (f32.load
             (i32.add
              (i32.const 458752)
              (i32.shl
               (i32.add
                (local.get $22)
                (i32.load
                 (i32.add
                  (i32.const 21315200)
                  (i32.shl
                   (local.get $8)
                   (i32.const 2)
                  )
                 )
                )
               )
               (i32.const 2)
              )
             )
            )
            (f32.const 0)
            (local.get $14)
           )
          )
          (f32.store offset=16
           (local.get $9)
           (select
            (f32.load
             (i32.add
              (i32.const 458752)
              (i32.shl
               (i32.add
                (local.get $23)
                (i32.load
                 (i32.add
                  (i32.const 21315200)
                  (i32.shl
                   (local.get $8)
                   (i32.const 2)
                  )
                 )
                )
               )
               (i32.const 2)
              )
             )
            )
            (f32.const 0)
            (local.get $15)
           )
          )
          (f32.store offset=20
           (local.get $9)
           (select
            (f32.load
             (i32.add
              (i32.const 458752)
              (i32.shl
               (i32.add
                (local.get $24)
                (i32.load
                 (i32.add
                  (i32.const 21315200)
                  (i32.shl
                   (local.get $8)
                   (i32.const 2)
                  )
                 )
                )
               )
               (i32.const 2)
              )
             )
            )
            (f32.const 0)
            (local.get $16)
           )
          )
          (f32.store offset=24
           (local.get $9)
           (select
            (f32.load
             (i32.add
              (i32.const 458752)
              (i32.shl
               (i32.add
                (local.get $25)
                (i32.load
                 (i32.add
                  (i32.const 21315200)
                  (i32.shl
                   (local.get $8)
                   (i32.const 2)
                  )
                 )
                )
               )
               (i32.const 2)
              )
             )
            )
            (f32.const 0)
            (local.get $17)
           )
          )
          (f32.store offset=28
           (local.get $9)
           (select
            (f32.load
             (i32.add
              (i32.const 458752)
              (i32.shl
               (i32.add
                (local.get $26)
                (i32.load
                 (i32.add
                  (i32.const 21315200)
                  (i32.shl
                   (local.get $8)
                   (i32.const 2)
                  )
                 )
                )
               )
               (i32.const 2)
              )
             )
            )
            (f32.const 0)
            (local.get $18)
           )
          )
         )
        )
        (local.set $9
         (i32.add
          (local.get $9)
          (i32.const 32)
         )
        )
        (local.set $7
         (i32.add
          (local.get $7)
          (i32.const 1)
         )
        )
        (br_if $loop27
         (i32.lt_s
          (local.get $7)
          (local.get $28)
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
      (br_if $loop29
       (i32.lt_s
        (local.get $6)
        (local.get $29)
       )
      )
     )
    )
   )
  )
 )
 (func $op0_mk (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
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
  (local.set $8
   (i32.load
    (local.get $3)
   )
  )
  (local.set $9
   (i32.load offset=4
    (local.get $3)
   )
  )
  (local.set $10
   (i32.load offset=8
    (local.get $3)
   )
  )
  (local.set $11
   (i32.load offset=12
    (local.get $3)
   )
  )
  (local.set $12
   (v128.load align=4
    (local.get $8)
   )
  )
  (local.set $13
   (v128.load offset=16 align=4
    (local.get $8)
   )
  )
  (local.set $14
   (v128.load align=4
    (local.get $9)
   )
  )
  (local.set $15
   (v128.load offset=16 align=4
    (local.get $9)
   )
  )
  (local.set $16
   (v128.load align=4
    (local.get $10)
   )
  )
  (local.set $17
   (v128.load offset=16 align=4
    (local.get $10)
   )
  )
  (local.set $18
   (v128.load align=4
    (local.get $11)
   )
  )
  (local.set $19
   (v128.load offset=16 align=4
    (local.get $11)
   )
  )
  (local.set $23
   (i32.add
    (local.get $0)
    (i32.mul
     (local.get $2)
     (i32.const 16)
    )
   )
  )
  (block $exit34
   (local.set $24
    (local.get $0)
   )
   (local.set $25
    (local.get $23)
   )
   (br_if $exit34
    (i32.ge_s
     (local.get $24)
     (local.get $25)
    )
   )
   (loop $loop35
    (local.set $0
     (local.get $24)
    )
    (local.set $20
     (v128.load
      (local.get $1)
     )
    )
    (local.set $21
     (v128.load offset=16
      (local.get $1)
     )
    )
    (local.set $22
     (v128.load32_splat
      (local.get $0)
     )
    )
    (local.set $12
     (f32x4.add
      (local.get $12)
      (f32x4.mul
       (local.get $22)
       (local.get $20)
      )
     )
    )
    (local.set $13
     (f32x4.add
      (local.get $13)
      (f32x4.mul
       (local.get $22)
       (local.get $21)
      )
     )
    )
    (local.set $22
     (v128.load32_splat offset=4
      (local.get $0)
     )
    )
    (local.set $14
     (f32x4.add
      (local.get $14)
      (f32x4.mul
       (local.get $22)
       (local.get $20)
      )
     )
    )
    (local.set $15
     (f32x4.add
      (local.get $15)
      (f32x4.mul
       (local.get $22)
       (local.get $21)
      )
     )
    )
    (local.set $22
     (v128.load32_splat offset=8
      (local.get $0)
     )
    )
    (local.set $16
     (f32x4.add
      (local.get $16)
      (f32x4.mul
       (local.get $22)
       (local.get $20)
      )
     )
    )
    (local.set $17
     (f32x4.add
      (local.get $17)
      (f32x4.mul
       (local.get $22)
       (local.get $21)
      )
     )
    )
    (local.set $22
     (v128.load32_splat offset=12
      (local.get $0)
     )
    )
    (local.set $18
     (f32x4.add
      (local.get $18)
      (f32x4.mul
       (local.get $22)
       (local.get $20)
      )
     )
    )
    (local.set $19
     (f32x4.add
      (local.get $19)
      (f32x4.mul
       (local.get $22)
       (local.get $21)
      )
     )
    )
    (local.set $1
     (i32.add
      (local.get $1)
      (i32.const 32)
     )
    )
    (local.set $24
     (i32.add
      (local.get $24)
      (i32.const 16)
     )
    )
    (br_if $loop35
     (i32.lt_s
      (local.get $24)
      (local.get $25)
     )
    )
   )
  )
  (if
   (local.get $4)
   (then
    (local.set $26
     (local.get $12)
    )
    (local.set $27
     (local.get $26)
    )
    (local.set $28
     (f32x4.pmax
      (local.get $27)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
    )
    (local.set $12
     (local.get $28)
    )
    (local.set $29
     (local.get $13)
    )
    (local.set $30
     (local.get $29)
    )
    (local.set $31
     (f32x4.pmax
      (local.get $30)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
    )
    (local.set $13
     (local.get $31)
    )
    (local.set $32
     (local.get $14)
    )
    (local.set $33
     (local.get $32)
    )
    (local.set $34
     (f32x4.pmax
      (local.get $33)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
    )
    (local.set $14
     (local.get $34)
    )
    (local.set $35
     (local.get $15)
    )
    (local.set $36
     (local.get $35)
    )
    (local.set $37
     (f32x4.pmax
      (local.get $36)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
    )
    (local.set $15
     (local.get $37)
    )
    (local.set $38
     (local.get $16)
    )
    (local.set $39
     (local.get $38)
    )
    (local.set $40
     (f32x4.pmax
      (local.get $39)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
    )
    (local.set $16
     (local.get $40)
    )
    (local.set $41
     (local.get $17)
    )
    (local.set $42
     (local.get $41)
    )
    (local.set $43
     (f32x4.pmax
      (local.get $42)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
    )
    (local.set $17
     (local.get $43)
    )
    (local.set $44
     (local.get $18)
    )
    (local.set $45
     (local.get $44)
    )
    (local.set $46
     (f32x4.pmax
      (local.get $45)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
    )
    (local.set $18
     (local.get $46)
    )
    (local.set $47
     (local.get $19)
    )
    (local.set $48
     (local.get $47)
    )
    (local.set $49
     (f32x4.pmax
      (local.get $48)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
    )
    (local.set $19
     (local.get $49)
    )
   )
  )
  (v128.store align=4
   (local.get $8)
   (local.get $12)
  )
  (v128.store offset=16 align=4
   (local.get $8)
   (local.get $13)
  )
  (v128.store align=4
   (local.get $9)
   (local.get $14)
  )
  (v128.store offset=16 align=4
   (local.get $9)
   (local.get $15)
  )
  (v128.store align=4
   (local.get $10)
   (local.get $16)
  )
  (v128.store offset=16 align=4
   (local.get $10)
   (local.get $17)
  )
  (v128.store align=4
   (local.get $11)
   (local.get $18)
  )
  (v128.store offset=16 align=4
   (local.get $11)
   (local.get $19)
  )
 )
 (func $op0 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32)
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
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
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
  (local $47 v128)
  (local $48 v128)
  (local $49 v128)
  (local $50 v128)
  (local $51 v128)
  (local $52 v128)
  (local $53 v128)
  (local $54 v128)
  (local $55 v128)
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
  (local $71 i32)
  (local $72 i32)
  (local $73 i32)
  (local $74 i32)
  (local $75 i32)
  (local $76 i32)
  (local $77 i32)
  (local $78 i32)
  (local.set $33
   (local.get $4)
  )
  (local.set $34
   (i32.add
    (local.get $4)
    (i32.const 65536)
   )
  )
  (local.set $35
   (i32.add
    (local.get $34)
    (i32.const 524288)
   )
  )
  (local.set $36
   (i32.add
    (local.get $35)
    (i32.const 16)
   )
  )
  (local.set $37
   (i32.add
    (local.get $36)
    (i32.const 128)
   )
  )
  (block $exit66
   (local.set $7
    (i32.const 0)
   )
   (local.set $78
    (local.get $1)
   )
   (br_if $exit66
    (i32.ge_s
     (local.get $7)
     (local.get $78)
    )
   )
   (loop $loop67
    (local.set $8
     (i32.add
      (local.get $0)
      (i32.mul
       (local.get $7)
       (i32.const 52)
      )
     )
    )
    (local.set $9
     (i32.load
      (local.get $8)
     )
    )
    (local.set $10
     (i32.load offset=4
      (local.get $8)
     )
    )
    (local.set $11
     (i32.load offset=8
      (local.get $8)
     )
    )
    (local.set $12
     (i32.load offset=12
      (local.get $8)
     )
    )
    (local.set $13
     (i32.load offset=16
      (local.get $8)
     )
    )
    (local.set $14
     (i32.load offset=20
      (local.get $8)
     )
    )
    (local.set $15
     (i32.load offset=24
      (local.get $8)
     )
    )
    (local.set $16
     (i32.const 0)
    )
    (block $exit60
     (local.set $31
      (i32.const 0)
     )
     (local.set $75
      (local.get $15)
     )
     (br_if $exit60
      (i32.ge_s
       (local.get $31)
       (local.get $75)
      )
     )
     (loop $loop61
      (if
       (i32.lt_s
        (i32.load
         (i32.add
          (local.get $14)
          (i32.shl
           (local.get $31)
           (i32.const 2)
          )
         )
        )
        (local.get $2)
       )
       (then
        (local.set $16
         (i32.add
          (local.get $31)
          (i32.const 1)
         )
        )
       )
      )
      (local.set $31
       (i32.add
        (local.get $31)
        (i32.const 1)
       )
      )
      (br_if $loop61
       (i32.lt_s
        (local.get $31)
        (local.get $75)
       )
      )
     )
    )
    (local.set $17
     (local.get $16)
    )
    (block $exit62
     (local.set $31
      (local.get $16)
     )
     (local.set $76
      (local.get $15)
     )
     (br_if $exit62
      (i32.ge_s
       (local.get $31)
       (local.get $76)
      )
     )
     (loop $loop63
      (if
       (i32.lt_s
        (i32.load
         (i32.add
          (local.get $14)
          (i32.shl
           (local.get $31)
           (i32.const 2)
          )
         )
        )
        (local.get $3)
       )
       (then
        (local.set $17
         (i32.add
          (local.get $31)
          (i32.const 1)
         )
        )
       )
      )
      (local.set $31
       (i32.add
        (local.get $31)
        (i32.const 1)
       )
      )
      (br_if $loop63
       (i32.lt_s
        (local.get $31)
        (local.get $76)
       )
      )
     )
    )
    (block $exit64
     (local.set $19
      (local.get $16)
     )
     (local.set $77
      (local.get $17)
     )
     (br_if $exit64
      (i32.ge_s
       (local.get $19)
       (local.get $77)
      )
     )
     (loop $loop65
      (local.set $20
       (select
        (i32.const 512)
        (i32.sub
         (local.get $17)
         (local.get $19)
        )
        (i32.lt_s
         (i32.const 512)
         (i32.sub
          (local.get $17)
          (local.get $19)
         )
        )
       )
      )
      (block $exit58
       (local.set $21
        (i32.const 0)
       )
       (local.set $74
        (local.get $13)
       )
       (br_if $exit58
        (i32.ge_s
         (local.get $21)
         (local.get $74)
        )
       )
       (loop $loop59
        (local.set $22
         (select
          (i32.const 256)
          (i32.sub
           (local.get $13)
           (local.get $21)
          )
          (i32.lt_s
           (i32.const 256)
           (i32.sub
            (local.get $13)
            (local.get $21)
           )
          )
         )
        )
        (local.set $38
         (i32.and
          (local.get $5)
          (i32.eqz
           (local.get $21)
          )
         )
        )
        (local.set $18
         (i32.and
          (local.get $6)
          (i32.ge_s
           (i32.add
            (local.get $21)
            (local.get $22)
           )
           (local.get $13)
          )
         )
        )
        (call $op0_packB
         (local.get $34)
         (i32.add
          (local.get $12)
          (i32.shl
           (local.get $21)
           (i32.const 2)
          )
         )
         (local.get $22)
         (i32.add
          (local.get $14)
          (i32.shl
           (local.get $19)
           (i32.const 2)
          )
         )
         (local.get $20)
         (local.get $9)
        )
        (block $exit56
         (local.set $23
          (i32.const 0)
         )
         (local.set $73
          (local.get $11)
         )
         (br_if $exit56
          (i32.ge_s
           (local.get $23)
           (local.get $73)
          )
         )
         (loop $loop57
          (local.set $24
           (select
            (i32.const 64)
            (i32.sub
             (local.get $11)
             (local.get $23)
            )
            (i32.lt_s
             (i32.const 64)
             (i32.sub
              (local.get $11)
              (local.get $23)
             )
            )
           )
          )
          (call $op0_packA
           (local.get $33)
           (i32.add
            (local.get $10)
            (i32.shl
             (local.get $23)
             (i32.const 2)
            )
           )
           (local.get $24)
           (i32.add
            (local.get $12)
            (i32.shl
             (local.get $21)
             (i32.const 2)
            )
           )
           (local.get $22)
           (local.get $9)
          )
          (block $exit54
           (local.set $25
            (i32.const 0)
           )
           (local.set $72
            (i32.div_s
             (i32.add
              (local.get $20)
              (i32.const 7)
             )
             (i32.const 8)
            )
           )
           (br_if $exit54
            (i32.ge_s
             (local.get $25)
             (local.get $72)
            )
           )
           (loop $loop55
            (local.set $27
             (i32.add
              (local.get $19)
              (i32.mul
               (local.get $25)
               (i32.const 8)
              )
             )
            )
            (local.set $28
             (select
              (i32.const 8)
              (i32.sub
               (local.get $20)
               (i32.mul
                (local.get $25)
                (i32.const 8)
               )
              )
              (i32.lt_s
               (i32.const 8)
               (i32.sub
                (local.get $20)
                (i32.mul
                 (local.get $25)
                 (i32.const 8)
                )
               )
              )
             )
            )
            (local.set $29
             (i32.and
              (i32.eq
               (local.get $28)
               (i32.const 8)
              )
              (i32.eq
               (i32.sub
                (i32.load
                 (i32.add
                  (local.get $14)
                  (i32.shl
                   (i32.add
                    (local.get $27)
                    (i32.const 7)
                   )
                   (i32.const 2)
                  )
                 )
                )
                (i32.load
                 (i32.add
                  (local.get $14)
                  (i32.shl
                   (local.get $27)
                   (i32.const 2)
                  )
                 )
                )
               )
               (i32.const 7)
              )
             )
            )
            (block $exit52
             (local.set $26
              (i32.const 0)
             )
             (local.set $71
              (i32.div_s
               (i32.add
                (local.get $24)
                (i32.const 3)
               )
               (i32.const 4)
              )
             )
             (br_if $exit52
              (i32.ge_s
               (local.get $26)
               (local.get $71)
              )
             )
             (loop $loop53
              (if
               (local.get $29)
               (then
                (i32.store
                 (local.get $35)
                 (select
                  (i32.add
                   (i32.const 19333120)
                   (i32.shl
                    (i32.add
                     (i32.add
                      (i32.load
                       (i32.add
                        (i32.const 21318272)
                        (i32.shl
                         (local.get $9)
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.load
                       (i32.add
                        (i32.const 21318336)
                        (i32.shl
                         (i32.load
                          (i32.add
                           (local.get $10)
                           (i32.shl
                            (i32.add
                             (i32.add
                              (local.get $23)
                              (i32.mul
                               (local.get $26)
                               (i32.const 4)
                              )
                             )
                             (i32.const 0)
                            )
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.const 2)
                        )
                       )
                      )
                     )
                     (i32.load
                      (i32.add
                       (i32.const 21318848)
                       (i32.shl
                        (i32.load
                         (i32.add
                          (local.get $14)
                          (i32.shl
                           (i32.add
                            (local.get $27)
                            (i32.const 0)
                           )
                           (i32.const 2)
                          )
                         )
                        )
                        (i32.const 2)
                       )
                      )
                     )
                    )
                    (i32.const 2)
                   )
                  )
                  (local.get $37)
                  (i32.lt_s
                   (i32.add
                    (i32.mul
                     (local.get $26)
                     (i32.const 4)
                    )
                    (i32.const 0)
                   )
                   (local.get $24)
                  )
                 )
                )
                (i32.store offset=4
                 (local.get $35)
                 (select
                  (i32.add
                   (i32.const 19333120)
                   (i32.shl
                    (i32.add
                     (i32.add
                      (i32.load
                       (i32.add
                        (i32.const 21318272)
                        (i32.shl
                         (local.get $9)
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.load
                       (i32.add
                        (i32.const 21318336)
                        (i32.shl
                         (i32.load
                          (i32.add
                           (local.get $10)
                           (i32.shl
                            (i32.add
                             (i32.add
                              (local.get $23)
                              (i32.mul
                               (local.get $26)
                               (i32.const 4)
                              )
                             )
                             (i32.const 1)
                            )
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.const 2)
                        )
                       )
                      )
                     )
                     (i32.load
                      (i32.add
                       (i32.const 21318848)
                       (i32.shl
                        (i32.load
                         (i32.add
                          (local.get $14)
                          (i32.shl
                           (i32.add
                            (local.get $27)
                            (i32.const 0)
                           )
                           (i32.const 2)
                          )
                         )
                        )
                        (i32.const 2)
                       )
                      )
                     )
                    )
                    (i32.const 2)
                   )
                  )
                  (local.get $37)
                  (i32.lt_s
                   (i32.add
                    (i32.mul
                     (local.get $26)
                     (i32.const 4)
                    )
                    (i32.const 1)
                   )
                   (local.get $24)
                  )
                 )
                )
                (i32.store offset=8
                 (local.get $35)
                 (select
                  (i32.add
                   (i32.const 19333120)
                   (i32.shl
                    (i32.add
                     (i32.add
                      (i32.load
                       (i32.add
                        (i32.const 21318272)
                        (i32.shl
                         (local.get $9)
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.load
                       (i32.add
                        (i32.const 21318336)
                        (i32.shl
                         (i32.load
                          (i32.add
                           (local.get $10)
                           (i32.shl
                            (i32.add
                             (i32.add
                              (local.get $23)
                              (i32.mul
                               (local.get $26)
                               (i32.const 4)
                              )
                             )
                             (i32.const 2)
                            )
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.const 2)
                        )
                       )
                      )
                     )
                     (i32.load
                      (i32.add
                       (i32.const 21318848)
                       (i32.shl
                        (i32.load
                         (i32.add
                          (local.get $14)
                          (i32.shl
                           (i32.add
                            (local.get $27)
                            (i32.const 0)
                           )
                           (i32.const 2)
                          )
                         )
                        )
                        (i32.const 2)
                       )
                      )
                     )
                    )
                    (i32.const 2)
                   )
                  )
                  (local.get $37)
                  (i32.lt_s
                   (i32.add
                    (i32.mul
                     (local.get $26)
                     (i32.const 4)
                    )
                    (i32.const 2)
                   )
                   (local.get $24)
                  )
                 )
                )
                (i32.store offset=12
                 (local.get $35)
                 (select
                  (i32.add
                   (i32.const 19333120)
                   (i32.shl
                    (i32.add
                     (i32.add
                      (i32.load
                       (i32.add
                        (i32.const 21318272)
                        (i32.shl
                         (local.get $9)
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.load
                       (i32.add
                        (i32.const 21318336)
                        (i32.shl
                         (i32.load
                          (i32.add
                           (local.get $10)
                           (i32.shl
                            (i32.add
                             (i32.add
                              (local.get $23)
                              (i32.mul
                               (local.get $26)
                               (i32.const 4)
                              )
                             )
                             (i32.const 3)
                            )
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.const 2)
                        )
                       )
                      )
                     )
                     (i32.load
                      (i32.add
                       (i32.const 21318848)
                       (i32.shl
                        (i32.load
                         (i32.add
                          (local.get $14)
                          (i32.shl
                           (i32.add
                            (local.get $27)
                            (i32.const 0)
                           )
                           (i32.const 2)
                          )
                         )
                        )
                        (i32.const 2)
                       )
                      )
                     )
                    )
                    (i32.const 2)
                   )
                  )
                  (local.get $37)
                  (i32.lt_s
                   (i32.add
                    (i32.mul
                     (local.get $26)
                     (i32.const 4)
                    )
                    (i32.const 3)
                   )
                   (local.get $24)
                  )
                 )
                )
                (if
                 (local.get $38)
                 (then
                  (v128.store align=4
                   (i32.load
                    (local.get $35)
                   )
                   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                  )
                  (v128.store offset=16 align=4
                   (i32.load
                    (local.get $35)
                   )
                   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                  )
                  (v128.store align=4
                   (i32.load offset=4
                    (local.get $35)
                   )
                   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                  )
                  (v128.store offset=16 align=4
                   (i32.load offset=4
                    (local.get $35)
                   )
                   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                  )
                  (v128.store align=4
                   (i32.load offset=8
                    (local.get $35)
                   )
                   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                  )
                  (v128.store offset=16 align=4
                   (i32.load offset=8
                    (local.get $35)
                   )
                   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                  )
                  (v128.store align=4
                   (i32.load offset=12
                    (local.get $35)
                   )
                   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                  )
                  (v128.store offset=16 align=4
                   (i32.load offset=12
                    (local.get $35)
                   )
                   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                  )
                 )
                )
                (call $op0_mk
                 (i32.add
                  (local.get $33)
                  (i32.mul
                   (local.get $26)
                   (i32.mul
                    (local.get $22)
                    (i32.const 16)
                   )
                  )
                 )
                 (i32.add
                  (local.get $34)
                  (i32.mul
                   (local.get $25)
                   (i32.mul
                    (local.get $22)
                    (i32.const 32)
                   )
                  )
                 )
                 (local.get $22)
                 (local.get $35)
                 (local.get $18)
                 (i32.add
                  (local.get $10)
                  (i32.shl
                   (i32.add
                    (local.get $23)
                    (i32.mul
                     (local.get $26)
                     (i32.const 4)
                    )
                   )
                   (i32.const 2)
                  )
                 )
                 (local.get $9)
                 (i32.shl
                  (i32.load
                   (i32.add
                    (i32.const 21318848)
                    (i32.shl
                     (i32.load
                      (i32.add
                       (local.get $14)
                       (i32.shl
                        (i32.add
                         (local.get $27)
                         (i32.const 0)
                        )
                        (i32.const 2)
                       )
                      )
                     )
                     (i32.const 2)
                    )
                   )
                  )
                  (i32.const 2)
                 )
                )
               )
               (else
                (i32.store
                 (local.get $35)
                 (i32.add
                  (local.get $36)
                  (i32.const 0)
                 )
                )
                (local.set $32
                 (i32.lt_s
                  (i32.add
                   (i32.mul
                    (local.get $26)
                    (i32.const 4)
                   )
                   (i32.const 0)
                  )
                  (local.get $24)
                 )
                )
                (local.set $30
                 (select
                  (i32.add
                   (i32.load
                    (i32.add
                     (i32.const 21318272)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 21318336)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (local.get $10)
                        (i32.shl
                         (i32.add
                          (i32.add
                           (local.get $23)
                           (i32.mul
                            (local.get $26)
                            (i32.const 4)
                           )
                          )
                          (i32.const 0)
                         )
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.const 2)
                     )
                    )
                   )
                  )
                  (i32.const 0)
                  (local.get $32)
                 )
                )
                (block $exit36
                 (local.set $31
                  (i32.const 0)
                 )
                 (local.set $39
                  (i32.const 8)
                 )
                 (br_if $exit36
                  (i32.ge_s
                   (local.get $31)
                   (local.get $39)
                  )
                 )
                 (loop $loop37
                  (f32.store
                   (i32.add
                    (local.get $36)
                    (i32.add
                     (i32.const 0)
                     (i32.shl
                      (local.get $31)
                      (i32.const 2)
                     )
                    )
                   )
                   (select
                    (f32.load
                     (i32.add
                      (i32.const 19333120)
                      (i32.shl
                       (i32.add
                        (local.get $30)
                        (i32.load
                         (i32.add
                          (i32.const 21318848)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (local.get $14)
                             (i32.shl
                              (i32.add
                               (local.get $27)
                               (local.get $31)
                              )
                              (i32.const 2)
                             )
                            )
                           )
                           (i32.const 2)
                          )
                         )
                        )
                       )
                       (i32.const 2)
                      )
                     )
                    )
                    (f32.const 0)
                    (i32.and
                     (i32.and
                      (local.get $32)
                      (i32.lt_s
                       (local.get $31)
                       (local.get $28)
                      )
                     )
                     (i32.eqz
                      (local.get $38)
                     )
                    )
                   )
                  )
                  (local.set $31
                   (i32.add
                    (local.get $31)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop37
                   (i32.lt_s
                    (local.get $31)
                    (local.get $39)
                   )
                  )
                 )
                )
                (i32.store offset=4
                 (local.get $35)
                 (i32.add
                  (local.get $36)
                  (i32.const 32)
                 )
                )
                (local.set $32
                 (i32.lt_s
                  (i32.add
                   (i32.mul
                    (local.get $26)
                    (i32.const 4)
                   )
                   (i32.const 1)
                  )
                  (local.get $24)
                 )
                )
                (local.set $30
                 (select
                  (i32.add
                   (i32.load
                    (i32.add
                     (i32.const 21318272)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 21318336)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (local.get $10)
                        (i32.shl
                         (i32.add
                          (i32.add
                           (local.get $23)
                           (i32.mul
                            (local.get $26)
                            (i32.const 4)
                           )
                          )
                          (i32.const 1)
                         )
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.const 2)
                     )
                    )
                   )
                  )
                  (i32.const 0)
                  (local.get $32)
                 )
                )
                (block $exit40
                 (local.set $31
                  (i32.const 0)
                 )
                 (local.set $41
                  (i32.const 8)
                 )
                 (br_if $exit40
                  (i32.ge_s
                   (local.get $31)
                   (local.get $41)
                  )
                 )
                 (loop $loop41
                  (f32.store
                   (i32.add
                    (local.get $36)
                    (i32.add
                     (i32.const 32)
                     (i32.shl
                      (local.get $31)
                      (i32.const 2)
                     )
                    )
                   )
                   (select
                    (f32.load
                     (i32.add
                      (i32.const 19333120)
                      (i32.shl
                       (i32.add
                        (local.get $30)
                        (i32.load
                         (i32.add
                          (i32.const 21318848)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (local.get $14)
                             (i32.shl
                              (i32.add
                               (local.get $27)
                               (local.get $31)
                              )
                              (i32.const 2)
                             )
                            )
                           )
                           (i32.const 2)
                          )
                         )
                        )
                       )
                       (i32.const 2)
                      )
                     )
                    )
                    (f32.const 0)
                    (i32.and
                     (i32.and
                      (local.get $32)
                      (i32.lt_s
                       (local.get $31)
                       (local.get $28)
                      )
                     )
                     (i32.eqz
                      (local.get $38)
                     )
                    )
                   )
                  )
                  (local.set $31
                   (i32.add
                    (local.get $31)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop41
                   (i32.lt_s
                    (local.get $31)
                    (local.get $41)
                   )
                  )
                 )
                )
                (i32.store offset=8
                 (local.get $35)
                 (i32.add
                  (local.get $36)
                  (i32.const 64)
                 )
                )
                (local.set $32
                 (i32.lt_s
                  (i32.add
                   (i32.mul
                    (local.get $26)
                    (i32.const 4)
                   )
                   (i32.const 2)
                  )
                  (local.get $24)
                 )
                )
                (local.set $30
                 (select
                  (i32.add
                   (i32.load
                    (i32.add
                     (i32.const 21318272)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 21318336)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (local.get $10)
                        (i32.shl
                         (i32.add
                          (i32.add
                           (local.get $23)
                           (i32.mul
                            (local.get $26)
                            (i32.const 4)
                           )
                          )
                          (i32.const 2)
                         )
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.const 2)
                     )
                    )
                   )
                  )
                  (i32.const 0)
                  (local.get $32)
                 )
                )
                (block $exit44
                 (local.set $31
                  (i32.const 0)
                 )
                 (local.set $43
                  (i32.const 8)
                 )
                 (br_if $exit44
                  (i32.ge_s
                   (local.get $31)
                   (local.get $43)
                  )
                 )
                 (loop $loop45
                  (f32.store
                   (i32.add
                    (local.get $36)
                    (i32.add
                     (i32.const 64)
                     (i32.shl
                      (local.get $31)
                      (i32.const 2)
                     )
                    )
                   )
                   (select
                    (f32.load
                     (i32.add
                      (i32.const 19333120)
                      (i32.shl
                       (i32.add
                        (local.get $30)
                        (i32.load
                         (i32.add
                          (i32.const 21318848)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (local.get $14)
                             (i32.shl
                              (i32.add
                               (local.get $27)
                               (local.get $31)
                              )
                              (i32.const 2)
                             )
                            )
                           )
                           (i32.const 2)
                          )
                         )
                        )
                       )
                       (i32.const 2)
                      )
                     )
                    )
                    (f32.const 0)
                    (i32.and
                     (i32.and
                      (local.get $32)
                      (i32.lt_s
                       (local.get $31)
                       (local.get $28)
                      )
                     )
                     (i32.eqz
                      (local.get $38)
                     )
                    )
                   )
                  )
                  (local.set $31
                   (i32.add
                    (local.get $31)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop45
                   (i32.lt_s
                    (local.get $31)
                    (local.get $43)
                   )
                  )
                 )
                )
                (i32.store offset=12
                 (local.get $35)
                 (i32.add
                  (local.get $36)
                  (i32.const 96)
                 )
                )
                (local.set $32
                 (i32.lt_s
                  (i32.add
                   (i32.mul
                    (local.get $26)
                    (i32.const 4)
                   )
                   (i32.const 3)
                  )
                  (local.get $24)
                 )
                )
                (local.set $30
                 (select
                  (i32.add
                   (i32.load
                    (i32.add
                     (i32.const 21318272)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 21318336)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (local.get $10)
                        (i32.shl
                         (i32.add
                          (i32.add
                           (local.get $23)
                           (i32.mul
                            (local.get $26)
                            (i32.const 4)
                           )
                          )
                          (i32.const 3)
                         )
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.const 2)
                     )
                    )
                   )
                  )
                  (i32.const 0)
                  (local.get $32)
                 )
                )
                (block $exit48
                 (local.set $31
                  (i32.const 0)
                 )
                 (local.set $45
                  (i32.const 8)
                 )
                 (br_if $exit48
                  (i32.ge_s
                   (local.get $31)
                   (local.get $45)
                  )
                 )
                 (loop $loop49
                  (f32.store
                   (i32.add
                    (local.get $36)
                    (i32.add
                     (i32.const 96)
                     (i32.shl
                      (local.get $31)
                      (i32.const 2)
                     )
                    )
                   )
                   (select
                    (f32.load
                     (i32.add
                      (i32.const 19333120)
                      (i32.shl
                       (i32.add
                        (local.get $30)
                        (i32.load
                         (i32.add
                          (i32.const 21318848)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (local.get $14)
                             (i32.shl
                              (i32.add
                               (local.get $27)
                               (local.get $31)
                              )
                              (i32.const 2)
                             )
                            )
                           )
                           (i32.const 2)
                          )
                         )
                        )
                       )
                       (i32.const 2)
                      )
                     )
                    )
                    (f32.const 0)
                    (i32.and
                     (i32.and
                      (local.get $32)
                      (i32.lt_s
                       (local.get $31)
                       (local.get $28)
                      )
                     )
                     (i32.eqz
                      (local.get $38)
                     )
                    )
                   )
                  )
                  (local.set $31
                   (i32.add
                    (local.get $31)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop49
                   (i32.lt_s
                    (local.get $31)
                    (local.get $45)
                   )
                  )
                 )
                )
                (call $microkernel_4x8
                 (i32.add
                  (local.get $33)
                  (i32.mul
                   (local.get $26)
                   (i32.mul
                    (local.get $22)
                    (i32.const 16)
                   )
                  )
                 )
                 (i32.add
                  (local.get $34)
                  (i32.mul
                   (local.get $25)
                   (i32.mul
                    (local.get $22)
                    (i32.const 32)
                   )
                  )
                 )
                 (local.get $22)
                 (local.get $35)
                )
                (if
                 (local.get $18)
                 (then
                  (if
                   (i32.lt_s
                    (i32.add
                     (i32.mul
                      (local.get $26)
                      (i32.const 4)
                     )
                     (i32.const 0)
                    )
                    (local.get $24)
                   )
                   (then
                    (local.set $47
                     (v128.load align=4
                      (local.get $36)
                     )
                    )
                    (local.set $48
                     (local.get $47)
                    )
                    (local.set $49
                     (f32x4.pmax
                      (local.get $48)
                      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                     )
                    )
                    (v128.store align=4
                     (local.get $36)
                     (local.get $49)
                    )
                    (local.set $50
                     (v128.load offset=16 align=4
                      (local.get $36)
                     )
                    )
                    (local.set $51
                     (local.get $50)
                    )
                    (local.set $52
                     (f32x4.pmax
                      (local.get $51)
                      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                     )
                    )
                    (v128.store offset=16 align=4
                     (local.get $36)
                     (local.get $52)
                    )
                   )
                  )
                  (if
                   (i32.lt_s
                    (i32.add
                     (i32.mul
                      (local.get $26)
                      (i32.const 4)
                     )
                     (i32.const 1)
                    )
                    (local.get $24)
                   )
                   (then
                    (local.set $53
                     (v128.load offset=32 align=4
                      (local.get $36)
                     )
                    )
                    (local.set $54
                     (local.get $53)
                    )
                    (local.set $55
                     (f32x4.pmax
                      (local.get $54)
                      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                     )
                    )
                    (v128.store offset=32 align=4
                     (local.get $36)
                     (local.get $55)
                    )
                    (local.set $56
                     (v128.load offset=48 align=4
                      (local.get $36)
                     )
                    )
                    (local.set $57
                     (local.get $56)
                    )
                    (local.set $58
                     (f32x4.pmax
                      (local.get $57)
                      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                     )
                    )
                    (v128.store offset=48 align=4
                     (local.get $36)
                     (local.get $58)
                    )
                   )
                  )
                  (if
                   (i32.lt_s
                    (i32.add
                     (i32.mul
                      (local.get $26)
                      (i32.const 4)
                     )
                     (i32.const 2)
                    )
                    (local.get $24)
                   )
                   (then
                    (local.set $59
                     (v128.load offset=64 align=4
                      (local.get $36)
                     )
                    )
                    (local.set $60
                     (local.get $59)
                    )
                    (local.set $61
                     (f32x4.pmax
                      (local.get $60)
                      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                     )
                    )
                    (v128.store offset=64 align=4
                     (local.get $36)
                     (local.get $61)
                    )
                    (local.set $62
                     (v128.load offset=80 align=4
                      (local.get $36)
                     )
                    )
                    (local.set $63
                     (local.get $62)
                    )
                    (local.set $64
                     (f32x4.pmax
                      (local.get $63)
                      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                     )
                    )
                    (v128.store offset=80 align=4
                     (local.get $36)
                     (local.get $64)
                    )
                   )
                  )
                  (if
                   (i32.lt_s
                    (i32.add
                     (i32.mul
                      (local.get $26)
                      (i32.const 4)
                     )
                     (i32.const 3)
                    )
                    (local.get $24)
                   )
                   (then
                    (local.set $65
                     (v128.load offset=96 align=4
                      (local.get $36)
                     )
                    )
                    (local.set $66
                     (local.get $65)
                    )
                    (local.set $67
                     (f32x4.pmax
                      (local.get $66)
                      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                     )
                    )
                    (v128.store offset=96 align=4
                     (local.get $36)
                     (local.get $67)
                    )
                    (local.set $68
                     (v128.load offset=112 align=4
                      (local.get $36)
                     )
                    )
                    (local.set $69
                     (local.get $68)
                    )
                    (local.set $70
                     (f32x4.pmax
                      (local.get $69)
                      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                     )
                    )
                    (v128.store offset=112 align=4
                     (local.get $36)
                     (local.get $70)
                    )
                   )
                  )
                 )
                )
                (local.set $32
                 (i32.lt_s
                  (i32.add
                   (i32.mul
                    (local.get $26)
                    (i32.const 4)
                   )
                   (i32.const 0)
                  )
                  (local.get $24)
                 )
                )
                (local.set $30
                 (select
                  (i32.add
                   (i32.load
                    (i32.add
                     (i32.const 21318272)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 21318336)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (local.get $10)
                        (i32.shl
                         (i32.add
                          (i32.add
                           (local.get $23)
                           (i32.mul
                            (local.get $26)
                            (i32.const 4)
                           )
                          )
                          (i32.const 0)
                         )
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.const 2)
                     )
                    )
                   )
                  )
                  (i32.const 0)
                  (local.get $32)
                 )
                )
                (block $exit38
                 (local.set $31
                  (i32.const 0)
                 )
                 (local.set $40
                  (local.get $28)
                 )
                 (br_if $exit38
                  (i32.ge_s
                   (local.get $31)
                   (local.get $40)
                  )
                 )
                 (loop $loop39
                  (if
                   (local.get $32)
                   (then
                    (f32.store
                     (i32.add
                      (i32.const 19333120)
                      (i32.shl
                       (i32.add
                        (local.get $30)
                        (i32.load
                         (i32.add
                          (i32.const 21318848)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (local.get $14)
                             (i32.shl
                              (i32.add
                               (local.get $27)
                               (local.get $31)
                              )
                              (i32.const 2)
                             )
                            )
                           )
                           (i32.const 2)
                          )
                         )
                        )
                       )
                       (i32.const 2)
                      )
                     )
                     (f32.load
                      (i32.add
                       (local.get $36)
                       (i32.add
                        (i32.const 0)
                        (i32.shl
                         (local.get $31)
                         (i32.const 2)
                        )
                       )
                      )
                     )
                    )
                   )
                  )
                  (local.set $31
                   (i32.add
                    (local.get $31)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop39
                   (i32.lt_s
                    (local.get $31)
                    (local.get $40)
                   )
                  )
                 )
                )
                (local.set $32
                 (i32.lt_s
                  (i32.add
                   (i32.mul
                    (local.get $26)
                    (i32.const 4)
                   )
                   (i32.const 1)
                  )
                  (local.get $24)
                 )
                )
                (local.set $30
                 (select
                  (i32.add
                   (i32.load
                    (i32.add
                     (i32.const 21318272)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 21318336)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (local.get $10)
                        (i32.shl
                         (i32.add
                          (i32.add
                           (local.get $23)
                           (i32.mul
                            (local.get $26)
                            (i32.const 4)
                           )
                          )
                          (i32.const 1)
                         )
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.const 2)
                     )
                    )
                   )
                  )
                  (i32.const 0)
                  (local.get $32)
                 )
                )
                (block $exit42
                 (local.set $31
                  (i32.const 0)
                 )
                 (local.set $42
                  (local.get $28)
                 )
                 (br_if $exit42
                  (i32.ge_s
                   (local.get $31)
                   (local.get $42)
                  )
                 )
                 (loop $loop43
                  (if
                   (local.get $32)
                   (then
                    (f32.store
                     (i32.add
                      (i32.const 19333120)
                      (i32.shl
                       (i32.add
                        (local.get $30)
                        (i32.load
                         (i32.add
                          (i32.const 21318848)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (local.get $14)
                             (i32.shl
                              (i32.add
                               (local.get $27)
                               (local.get $31)
                              )
                              (i32.const 2)
                             )
                            )
                           )
                           (i32.const 2)
                          )
                         )
                        )
                       )
                       (i32.const 2)
                      )
                     )
                     (f32.load
                      (i32.add
                       (local.get $36)
                       (i32.add
                        (i32.const 32)
                        (i32.shl
                         (local.get $31)
                         (i32.const 2)
                        )
                       )
                      )
                     )
                    )
                   )
                  )
                  (local.set $31
                   (i32.add
                    (local.get $31)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop43
                   (i32.lt_s
                    (local.get $31)
                    (local.get $42)
                   )
                  )
                 )
                )
                (local.set $32
                 (i32.lt_s
                  (i32.add
                   (i32.mul
                    (local.get $26)
                    (i32.const 4)
                   )
                   (i32.const 2)
                  )
                  (local.get $24)
                 )
                )
                (local.set $30
                 (select
                  (i32.add
                   (i32.load
                    (i32.add
                     (i32.const 21318272)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 21318336)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (local.get $10)
                        (i32.shl
                         (i32.add
                          (i32.add
                           (local.get $23)
                           (i32.mul
                            (local.get $26)
                            (i32.const 4)
                           )
                          )
                          (i32.const 2)
                         )
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.const 2)
                     )
                    )
                   )
                  )
                  (i32.const 0)
                  (local.get $32)
                 )
                )
                (block $exit46
                 (local.set $31
                  (i32.const 0)
                 )
                 (local.set $44
                  (local.get $28)
                 )
                 (br_if $exit46
                  (i32.ge_s
                   (local.get $31)
                   (local.get $44)
                  )
                 )
                 (loop $loop47
                  (if
                   (local.get $32)
                   (then
                    (f32.store
                     (i32.add
                      (i32.const 19333120)
                      (i32.shl
                       (i32.add
                        (local.get $30)
                        (i32.load
                         (i32.add
                          (i32.const 21318848)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (local.get $14)
                             (i32.shl
                              (i32.add
                               (local.get $27)
                               (local.get $31)
                              )
                              (i32.const 2)
                             )
                            )
                           )
                           (i32.const 2)
                          )
                         )
                        )
                       )
                       (i32.const 2)
                      )
                     )
                     (f32.load
                      (i32.add
                       (local.get $36)
                       (i32.add
                        (i32.const 64)
                        (i32.shl
                         (local.get $31)
                         (i32.const 2)
                        )
                       )
                      )
                     )
                    )
                   )
                  )
                  (local.set $31
                   (i32.add
                    (local.get $31)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop47
                   (i32.lt_s
                    (local.get $31)
                    (local.get $44)
                   )
                  )
                 )
                )
                (local.set $32
                 (i32.lt_s
                  (i32.add
                   (i32.mul
                    (local.get $26)
                    (i32.const 4)
                   )
                   (i32.const 3)
                  )
                  (local.get $24)
                 )
                )
                (local.set $30
                 (select
                  (i32.add
                   (i32.load
                    (i32.add
                     (i32.const 21318272)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 21318336)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (local.get $10)
                        (i32.shl
                         (i32.add
                          (i32.add
                           (local.get $23)
                           (i32.mul
                            (local.get $26)
                            (i32.const 4)
                           )
                          )
                          (i32.const 3)
                         )
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.const 2)
                     )
                    )
                   )
                  )
                  (i32.const 0)
                  (local.get $32)
                 )
                )
                (block $exit50
                 (local.set $31
                  (i32.const 0)
                 )
                 (local.set $46
                  (local.get $28)
                 )
                 (br_if $exit50
                  (i32.ge_s
                   (local.get $31)
                   (local.get $46)
                  )
                 )
                 (loop $loop51
                  (if
                   (local.get $32)
                   (then
                    (f32.store
                     (i32.add
                      (i32.const 19333120)
                      (i32.shl
                       (i32.add
                        (local.get $30)
                        (i32.load
                         (i32.add
                          (i32.const 21318848)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (local.get $14)
                             (i32.shl
                              (i32.add
                               (local.get $27)
                               (local.get $31)
                              )
                              (i32.const 2)
                             )
                            )
                           )
                           (i32.const 2)
                          )
                         )
                        )
                       )
                       (i32.const 2)
                      )
                     )
                     (f32.load
                      (i32.add
                       (local.get $36)
                       (i32.add
                        (i32.const 96)
                        (i32.shl
                         (local.get $31)
                         (i32.const 2)
                        )
                       )
                      )
                     )
                    )
                   )
                  )
                  (local.set $31
                   (i32.add
                    (local.get $31)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop51
                   (i32.lt_s
                    (local.get $31)
                    (local.get $46)
                   )
                  )
                 )
                )
               )
              )
              (local.set $26
               (i32.add
                (local.get $26)
                (i32.const 1)
               )
              )
              (br_if $loop53
               (i32.lt_s
                (local.get $26)
                (local.get $71)
               )
              )
             )
            )
            (local.set $25
             (i32.add
              (local.get $25)
              (i32.const 1)
             )
            )
            (br_if $loop55
             (i32.lt_s
              (local.get $25)
              (local.get $72)
             )
            )
           )
          )
          (local.set $23
           (i32.add
            (local.get $23)
            (i32.const 64)
           )
          )
          (br_if $loop57
           (i32.lt_s
            (local.get $23)
            (local.get $73)
           )
          )
         )
        )
        (local.set $21
         (i32.add
          (local.get $21)
          (i32.const 256)
         )
        )
        (br_if $loop59
         (i32.lt_s
          (local.get $21)
          (local.get $74)
         )
        )
       )
      )
      (local.set $19
       (i32.add
        (local.get $19)
        (i32.const 512)
       )
      )
      (br_if $loop65
       (i32.lt_s
        (local.get $19)
        (local.get $77)
       )
      )
     )
    )
    (local.set $7
     (i32.add
      (local.get $7)
      (i32.const 1)
     )
    )
    (br_if $loop67
     (i32.lt_s
      (local.get $7)
      (local.get $78)
     )
    )
   )
  )
 )
 (func $op0_claim (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (block $exit68
   (local.set $10
    (i32.const 0)
   )
   (local.set $12
    (local.get $1)
   )
   (br_if $exit68
    (i32.ge_s
     (local.get $10)
     (local.get $12)
    )
   )
   (loop $loop69
    (local.set $9
     (i32.load
      (local.get $3)
     )
    )
    (i32.store
     (local.get $3)
     (i32.add
      (local.get $9)
      (i32.const 1)
     )
    )
    (local.set $11
     (i32.mul
      (local.get $9)
      (local.get $2)
     )
    )
    (if
     (i32.ge_s
      (local.get $11)
      (local.get $1)
     )
     (then
      (local.set $10
       (local.get $1)
      )
     )
     (else
      (call $op0
       (i32.add
        (local.get $0)
        (i32.mul
         (local.get $11)
         (i32.const 52)
        )
       )
       (select
        (local.get $2)
        (i32.sub
         (local.get $1)
         (local.get $11)
        )
        (i32.lt_s
         (local.get $2)
         (i32.sub
          (local.get $1)
          (local.get $11)
         )
        )
       )
       (local.get $4)
       (local.get $5)
       (local.get $6)
       (local.get $7)
       (local.get $8)
      )
     )
    )
    (local.set $10
     (i32.add
      (local.get $10)
      (i32.const 1)
     )
    )
    (br_if $loop69
     (i32.lt_s
      (local.get $10)
      (local.get $12)
     )
    )
   )
  )
 )
 (func $op0_prepack (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (block $exit70
   (local.set $2
    (i32.const 0)
   )
   (local.set $4
    (local.get $1)
   )
   (br_if $exit70
    (i32.ge_s
     (local.get $2)
     (local.get $4)
    )
   )
   (loop $loop71
    (local.set $3
     (i32.add
      (local.get $0)
      (i32.mul
       (local.get $2)
       (i32.const 52)
      )
     )
    )
    (if
     (i32.eqz
      (i32.load offset=48
       (local.get $3)
      )
     )
     (then
      (call $op0_packA
       (i32.load offset=28
        (local.get $3)
       )
       (i32.load offset=4
        (local.get $3)
       )
       (i32.load offset=8
        (local.get $3)
       )
       (i32.load offset=12
        (local.get $3)
       )
       (i32.load offset=16
        (local.get $3)
       )
       (i32.load
        (local.get $3)
       )
      )
     )
    )
    (local.set $2
     (i32.add
      (local.get $2)
      (i32.const 1)
     )
    )
    (br_if $loop71
     (i32.lt_s
      (local.get $2)
      (local.get $4)
     )
    )
   )
  )
 )
 (func $op0_rows (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 i32)
  (local $37 i32)
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
  (local $56 v128)
  (local $57 v128)
  (local $58 v128)
  (local $59 v128)
  (local $60 v128)
  (local $61 v128)
  (local $62 i32)
  (local.set $29
   (local.get $0)
  )
  (block $exit76
   (local.set $35
    (i32.const 0)
   )
   (local.set $62
    (local.get $7)
   )
   (br_if $exit76
    (i32.ge_s
     (local.get $35)
     (local.get $62)
    )
   )
   (loop $loop77
    (local.set $14
     (select
      (i32.add
       (i32.load
        (i32.add
         (local.get $6)
         (i32.shl
          (local.get $35)
          (i32.const 2)
         )
        )
       )
       (local.get $8)
      )
      (local.get $9)
      (i32.lt_s
       (i32.add
        (local.get $35)
        (i32.const 0)
       )
       (local.get $7)
      )
     )
    )
    (local.set $15
     (select
      (i32.add
       (i32.load offset=4
        (i32.add
         (local.get $6)
         (i32.shl
          (local.get $35)
          (i32.const 2)
         )
        )
       )
       (local.get $8)
      )
      (local.get $9)
      (i32.lt_s
       (i32.add
        (local.get $35)
        (i32.const 1)
       )
       (local.get $7)
      )
     )
    )
    (local.set $16
     (select
      (i32.add
       (i32.load offset=8
        (i32.add
         (local.get $6)
         (i32.shl
          (local.get $35)
          (i32.const 2)
         )
        )
       )
       (local.get $8)
      )
      (local.get $9)
      (i32.lt_s
       (i32.add
        (local.get $35)
        (i32.const 2)
       )
       (local.get $7)
      )
     )
    )
    (local.set $17
     (select
      (i32.add
       (i32.load offset=12
        (i32.add
         (local.get $6)
         (i32.shl
          (local.get $35)
          (i32.const 2)
         )
        )
       )
       (local.get $8)
      )
      (local.get $9)
      (i32.lt_s
       (i32.add
        (local.get $35)
        (i32.const 3)
       )
       (local.get $7)
      )
     )
    )
    (if
     (local.get $10)
     (then
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
      (local.set $23
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (local.set $24
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (local.set $25
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
     (else
      (local.set $18
       (v128.load align=4
        (local.get $14)
       )
      )
      (local.set $19
       (v128.load offset=16 align=4
        (local.get $14)
       )
      )
      (local.set $20
       (v128.load align=4
        (local.get $15)
       )
      )
      (local.set $21
       (v128.load offset=16 align=4
        (local.get $15)
       )
      )
      (local.set $22
       (v128.load align=4
        (local.get $16)
       )
      )
      (local.set $23
       (v128.load offset=16 align=4
        (local.get $16)
       )
      )
      (local.set $24
       (v128.load align=4
        (local.get $17)
       )
      )
      (local.set $25
       (v128.load offset=16 align=4
        (local.get $17)
       )
      )
     )
    )
    (local.set $31
     (i32.add
      (local.get $29)
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
      (local.set $32
       (local.get $2)
      )
      (block $exit72
       (local.set $30
        (local.get $29)
       )
       (local.set $36
        (local.get $31)
       )
       (br_if $exit72
        (i32.ge_s
         (local.get $30)
         (local.get $36)
        )
       )
       (loop $loop73
        (local.set $26
         (v128.load
          (local.get $32)
         )
        )
        (local.set $27
         (v128.load offset=16
          (local.get $32)
         )
        )
        (local.set $28
         (v128.load32_splat
          (local.get $30)
         )
        )
        (local.set $18
         (f32x4.add
          (local.get $18)
          (f32x4.mul
           (local.get $28)
           (local.get $26)
          )
         )
        )
        (local.set $19
         (f32x4.add
          (local.get $19)
          (f32x4.mul
           (local.get $28)
           (local.get $27)
          )
         )
        )
        (local.set $28
         (v128.load32_splat offset=4
          (local.get $30)
         )
        )
        (local.set $20
         (f32x4.add
          (local.get $20)
          (f32x4.mul
           (local.get $28)
           (local.get $26)
          )
         )
        )
        (local.set $21
         (f32x4.add
          (local.get $21)
          (f32x4.mul
           (local.get $28)
           (local.get $27)
          )
         )
        )
        (local.set $28
         (v128.load32_splat offset=8
          (local.get $30)
         )
        )
        (local.set $22
         (f32x4.add
          (local.get $22)
          (f32x4.mul
           (local.get $28)
           (local.get $26)
          )
         )
        )
        (local.set $23
         (f32x4.add
          (local.get $23)
          (f32x4.mul
           (local.get $28)
           (local.get $27)
          )
         )
        )
        (local.set $28
         (v128.load32_splat offset=12
          (local.get $30)
         )
        )
        (local.set $24
         (f32x4.add
          (local.get $24)
          (f32x4.mul
           (local.get $28)
           (local.get $26)
          )
         )
        )
        (local.set $25
         (f32x4.add
          (local.get $25)
          (f32x4.mul
           (local.get $28)
           (local.get $27)
          )
         )
        )
        (local.set $32
         (i32.add
          (local.get $32)
          (i32.const 32)
         )
        )
        (local.set $30
         (i32.add
          (local.get $30)
          (i32.const 16)
         )
        )
        (br_if $loop73
         (i32.lt_s
          (local.get $30)
          (local.get $36)
         )
        )
       )
      )
     )
     (else
      (local.set $30
       (local.get $29)
      )
      (local.set $34
       (i32.add
        (local.get $3)
        (i32.shl
         (local.get $4)
         (i32.const 2)
        )
       )
      )
      (block $exit74
       (local.set $33
        (local.get $3)
       )
       (local.set $37
        (local.get $34)
       )
       (br_if $exit74
        (i32.ge_s
         (local.get $33)
         (local.get $37)
        )
       )
       (loop $loop75
        (local.set $32
         (i32.add
          (local.get $2)
          (i32.shl
           (i32.load
            (local.get $33)
           )
           (local.get $5)
          )
         )
        )
        (local.set $26
         (v128.load
          (local.get $32)
         )
        )
        (local.set $27
         (v128.load offset=16
          (local.get $32)
         )
        )
        (local.set $28
         (v128.load32_splat
          (local.get $30)
         )
        )
        (local.set $18
         (f32x4.add
          (local.get $18)
          (f32x4.mul
           (local.get $28)
           (local.get $26)
          )
         )
        )
        (local.set $19
         (f32x4.add
          (local.get $19)
          (f32x4.mul
           (local.get $28)
           (local.get $27)
          )
         )
        )
        (local.set $28
         (v128.load32_splat offset=4
          (local.get $30)
         )
        )
        (local.set $20
         (f32x4.add
          (local.get $20)
          (f32x4.mul
           (local.get $28)
           (local.get $26)
          )
         )
        )
        (local.set $21
         (f32x4.add
          (local.get $21)
          (f32x4.mul
           (local.get $28)
           (local.get $27)
          )
         )
        )
        (local.set $28
         (v128.load32_splat offset=8
          (local.get $30)
         )
        )
        (local.set $22
         (f32x4.add
          (local.get $22)
          (f32x4.mul
           (local.get $28)
           (local.get $26)
          )
         )
        )
        (local.set $23
         (f32x4.add
          (local.get $23)
          (f32x4.mul
           (local.get $28)
           (local.get $27)
          )
         )
        )
        (local.set $28
         (v128.load32_splat offset=12
          (local.get $30)
         )
        )
        (local.set $24
         (f32x4.add
          (local.get $24)
          (f32x4.mul
           (local.get $28)
           (local.get $26)
          )
         )
        )
        (local.set $25
         (f32x4.add
          (local.get $25)
          (f32x4.mul
           (local.get $28)
           (local.get $27)
          )
         )
        )
        (local.set $30
         (i32.add
          (local.get $30)
          (i32.const 16)
         )
        )
        (local.set $33
         (i32.add
          (local.get $33)
          (i32.const 4)
         )
        )
        (br_if $loop75
         (i32.lt_s
          (local.get $33)
          (local.get $37)
         )
        )
       )
      )
     )
    )
    (if
     (local.get $11)
     (then
      (local.set $38
       (local.get $18)
      )
      (local.set $39
       (local.get $38)
      )
      (local.set $40
       (f32x4.pmax
        (local.get $39)
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
      (local.set $18
       (local.get $40)
      )
      (local.set $41
       (local.get $19)
      )
      (local.set $42
       (local.get $41)
      )
      (local.set $43
       (f32x4.pmax
        (local.get $42)
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
      (local.set $19
       (local.get $43)
      )
      (local.set $44
       (local.get $20)
      )
      (local.set $45
       (local.get $44)
      )
      (local.set $46
       (f32x4.pmax
        (local.get $45)
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
      (local.set $20
       (local.get $46)
      )
      (local.set $47
       (local.get $21)
      )
      (local.set $48
       (local.get $47)
      )
      (local.set $49
       (f32x4.pmax
        (local.get $48)
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
      (local.set $21
       (local.get $49)
      )
      (local.set $50
       (local.get $22)
      )
      (local.set $51
       (local.get $50)
      )
      (local.set $52
       (f32x4.pmax
        (local.get $51)
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
      (local.set $22
       (local.get $52)
      )
      (local.set $53
       (local.get $23)
      )
      (local.set $54
       (local.get $53)
      )
      (local.set $55
       (f32x4.pmax
        (local.get $54)
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
      (local.set $23
       (local.get $55)
      )
      (local.set $56
       (local.get $24)
      )
      (local.set $57
       (local.get $56)
      )
      (local.set $58
       (f32x4.pmax
        (local.get $57)
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
      (local.set $24
       (local.get $58)
      )
      (local.set $59
       (local.get $25)
      )
      (local.set $60
       (local.get $59)
      )
      (local.set $61
       (f32x4.pmax
        (local.get $60)
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
      (local.set $25
       (local.get $61)
      )
     )
    )
    (v128.store align=4
     (local.get $14)
     (local.get $18)
    )
    (v128.store offset=16 align=4
     (local.get $14)
     (local.get $19)
    )
    (v128.store align=4
     (local.get $15)
     (local.get $20)
    )
    (v128.store offset=16 align=4
     (local.get $15)
     (local.get $21)
    )
    (v128.store align=4
     (local.get $16)
     (local.get $22)
    )
    (v128.store offset=16 align=4
     (local.get $16)
     (local.get $23)
    )
    (v128.store align=4
     (local.get $17)
     (local.get $24)
    )
    (v128.store offset=16 align=4
     (local.get $17)
     (local.get $25)
    )
    (local.set $29
     (i32.add
      (local.get $29)
      (local.get $1)
     )
    )
    (local.set $35
     (i32.add
      (local.get $35)
      (i32.const 4)
     )
    )
    (br_if $loop77
     (i32.lt_s
      (local.get $35)
      (local.get $62)
     )
    )
   )
  )
 )
 (func $op0_shared (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
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
  (local $48 i32)
  (local $49 i32)
  (local $50 i32)
  (local $51 i32)
  (local $52 i32)
  (local $53 i32)
  (local $54 i32)
  (local $55 i32)
  (local $56 i32)
  (local $57 i32)
  (local $58 i32)
  (local $59 i32)
  (local $60 i32)
  (local $61 i32)
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
  (local $86 i32)
  (local $87 i32)
  (local $88 i32)
  (local $89 i32)
  (local $90 i32)
  (local $91 i32)
  (local $92 i32)
  (local $93 i32)
  (local $94 i32)
  (local $95 i32)
  (local $96 i32)
  (local $97 i32)
  (local $98 i32)
  (local.set $45
   (local.get $3)
  )
  (local.set $49
   (i32.add
    (local.get $45)
    (i32.const 524288)
   )
  )
  (local.set $50
   (i32.add
    (local.get $49)
    (i32.const 16)
   )
  )
  (local.set $51
   (i32.add
    (local.get $50)
    (i32.const 128)
   )
  )
  (block $exit114
   (local.set $16
    (i32.const 0)
   )
   (local.set $98
    (local.get $1)
   )
   (br_if $exit114
    (i32.ge_s
     (local.get $16)
     (local.get $98)
    )
   )
   (loop $loop115
    (local.set $15
     (i32.load
      (local.get $2)
     )
    )
    (i32.store
     (local.get $2)
     (i32.add
      (local.get $15)
      (i32.const 1)
     )
    )
    (if
     (i32.ge_s
      (local.get $15)
      (local.get $1)
     )
     (then
      (local.set $16
       (local.get $1)
      )
     )
     (else
      (local.set $10
       (i32.load
        (i32.add
         (local.get $0)
         (i32.mul
          (local.get $15)
          (i32.const 20)
         )
        )
       )
      )
      (local.set $11
       (i32.load offset=4
        (i32.add
         (local.get $0)
         (i32.mul
          (local.get $15)
          (i32.const 20)
         )
        )
       )
      )
      (local.set $12
       (i32.load offset=8
        (i32.add
         (local.get $0)
         (i32.mul
          (local.get $15)
          (i32.const 20)
         )
        )
       )
      )
      (local.set $13
       (i32.load offset=12
        (i32.add
         (local.get $0)
         (i32.mul
          (local.get $15)
          (i32.const 20)
         )
        )
       )
      )
      (local.set $14
       (i32.load offset=16
        (i32.add
         (local.get $0)
         (i32.mul
          (local.get $15)
          (i32.const 20)
         )
        )
       )
      )
      (block $exit112
       (local.set $17
        (i32.const 0)
       )
       (local.set $97
        (local.get $11)
       )
       (br_if $exit112
        (i32.ge_s
         (local.get $17)
         (local.get $97)
        )
       )
       (loop $loop113
        (local.set $20
         (i32.add
          (local.get $10)
          (i32.mul
           (local.get $17)
           (i32.const 52)
          )
         )
        )
        (local.set $21
         (i32.load
          (local.get $20)
         )
        )
        (local.set $46
         (i32.load offset=36
          (local.get $20)
         )
        )
        (local.set $47
         (i32.load offset=40
          (local.get $20)
         )
        )
        (local.set $18
         (i32.add
          (local.get $17)
          (i32.const 1)
         )
        )
        (block
         (block $exit106
          (local.set $19
           (local.get $18)
          )
          (local.set $93
           (local.get $11)
          )
          (br_if $exit106
           (i32.ge_s
            (local.get $19)
            (local.get $93)
           )
          )
          (loop $loop107
           (if
            (i32.ne
             (i32.load
              (i32.add
               (local.get $10)
               (i32.mul
                (local.get $19)
                (i32.const 52)
               )
              )
             )
             (local.get $21)
            )
            (then
             (local.set $19
              (local.get $11)
             )
            )
            (else
             (local.set $18
              (i32.add
               (local.get $19)
               (i32.const 1)
              )
             )
            )
           )
           (local.set $19
            (i32.add
             (local.get $19)
             (i32.const 1)
            )
           )
           (br_if $loop107
            (i32.lt_s
             (local.get $19)
             (local.get $93)
            )
           )
          )
         )
        )
        (if
         (local.get $14)
         (then
          (block $exit108
           (local.set $19
            (local.get $17)
           )
           (local.set $94
            (local.get $18)
           )
           (br_if $exit108
            (i32.ge_s
             (local.get $19)
             (local.get $94)
            )
           )
           (loop $loop109
            (local.set $20
             (i32.add
              (local.get $10)
              (i32.mul
               (local.get $19)
               (i32.const 52)
              )
             )
            )
            (if
             (i32.eqz
              (i32.load offset=48
               (local.get $20)
              )
             )
             (then
              (call $op0_packA
               (i32.load offset=28
                (local.get $20)
               )
               (i32.load offset=4
                (local.get $20)
               )
               (i32.load offset=8
                (local.get $20)
               )
               (i32.load offset=12
                (local.get $20)
               )
               (i32.load offset=16
                (local.get $20)
               )
               (i32.load
                (local.get $20)
               )
              )
             )
            )
            (local.set $19
             (i32.add
              (local.get $19)
              (i32.const 1)
             )
            )
            (br_if $loop109
             (i32.lt_s
              (local.get $19)
              (local.get $94)
             )
            )
           )
          )
         )
        )
        (block $exit110
         (local.set $22
          (local.get $12)
         )
         (local.set $95
          (local.get $13)
         )
         (local.set $96
          (local.get $7)
         )
         (br_if $exit110
          (i32.ge_s
           (local.get $22)
           (local.get $95)
          )
         )
         (loop $loop111
          (local.set $23
           (select
            (local.get $7)
            (i32.sub
             (local.get $13)
             (local.get $22)
            )
            (i32.lt_s
             (local.get $7)
             (i32.sub
              (local.get $13)
              (local.get $22)
             )
            )
           )
          )
          (block $exit104
           (local.set $24
            (i32.const 0)
           )
           (local.set $91
            (select
             (i32.const 1)
             (local.get $47)
             (local.get $5)
            )
           )
           (local.set $92
            (local.get $6)
           )
           (br_if $exit104
            (i32.ge_s
             (local.get $24)
             (local.get $91)
            )
           )
           (loop $loop105
            (local.set $25
             (select
              (local.get $6)
              (i32.sub
               (local.get $47)
               (local.get $24)
              )
              (i32.lt_s
               (local.get $6)
               (i32.sub
                (local.get $47)
                (local.get $24)
               )
              )
             )
            )
            (if
             (i32.eqz
              (local.get $5)
             )
             (then
              (call $op0_packB
               (local.get $45)
               (i32.add
                (local.get $46)
                (i32.shl
                 (local.get $24)
                 (i32.const 2)
                )
               )
               (local.get $25)
               (i32.add
                (local.get $4)
                (i32.shl
                 (local.get $22)
                 (i32.const 2)
                )
               )
               (local.get $23)
               (local.get $21)
              )
             )
            )
            (block $exit102
             (local.set $19
              (local.get $17)
             )
             (local.set $90
              (local.get $18)
             )
             (br_if $exit102
              (i32.ge_s
               (local.get $19)
               (local.get $90)
              )
             )
             (loop $loop103
              (local.set $20
               (i32.add
                (local.get $10)
                (i32.mul
                 (local.get $19)
                 (i32.const 52)
                )
               )
              )
              (local.set $39
               (i32.load offset=8
                (local.get $20)
               )
              )
              (local.set $40
               (i32.load offset=16
                (local.get $20)
               )
              )
              (local.set $41
               (i32.load offset=28
                (local.get $20)
               )
              )
              (if
               (local.get $5)
               (then
                (local.set $26
                 (i32.const 0)
                )
                (local.set $27
                 (local.get $40)
                )
               )
               (else
                (local.set $28
                 (i32.const 0)
                )
                (local.set $29
                 (local.get $40)
                )
                (block
                 (block $exit96
                  (local.set $30
                   (i32.const 0)
                  )
                  (local.set $87
                   (i32.const 32)
                  )
                  (br_if $exit96
                   (i32.ge_s
                    (local.get $30)
                    (local.get $87)
                   )
                  )
                  (loop $loop97
                   (if
                    (i32.ge_s
                     (local.get $28)
                     (local.get $29)
                    )
                    (then
                     (local.set $30
                      (i32.const 32)
                     )
                    )
                    (else
                     (local.set $33
                      (i32.div_s
                       (i32.add
                        (local.get $28)
                        (local.get $29)
                       )
                       (i32.const 2)
                      )
                     )
                     (if
                      (i32.lt_s
                       (i32.load
                        (i32.add
                         (i32.load offset=32
                          (local.get $20)
                         )
                         (i32.shl
                          (local.get $33)
                          (i32.const 2)
                         )
                        )
                       )
                       (local.get $24)
                      )
                      (then
                       (local.set $28
                        (i32.add
                         (local.get $33)
                         (i32.const 1)
                        )
                       )
                      )
                      (else
                       (local.set $29
                        (local.get $33)
                       )
                      )
                     )
                    )
                   )
                   (local.set $30
                    (i32.add
                     (local.get $30)
                     (i32.const 1)
                    )
                   )
                   (br_if $loop97
                    (i32.lt_s
                     (local.get $30)
                     (local.get $87)
                    )
                   )
                  )
                 )
                )
                (local.set $26
                 (local.get $28)
                )
                (local.set $28
                 (i32.const 0)
                )
                (local.set $29
                 (local.get $40)
                )
                (block
                 (block $exit98
                  (local.set $30
                   (i32.const 0)
                  )
                  (local.set $88
                   (i32.const 32)
                  )
                  (br_if $exit98
                   (i32.ge_s
                    (local.get $30)
                    (local.get $88)
                   )
                  )
                  (loop $loop99
                   (if
                    (i32.ge_s
                     (local.get $28)
                     (local.get $29)
                    )
                    (then
                     (local.set $30
                      (i32.const 32)
                     )
                    )
                    (else
                     (local.set $33
                      (i32.div_s
                       (i32.add
                        (local.get $28)
                        (local.get $29)
                       )
                       (i32.const 2)
                      )
                     )
                     (if
                      (i32.lt_s
                       (i32.load
                        (i32.add
                         (i32.load offset=32
                          (local.get $20)
                         )
                         (i32.shl
                          (local.get $33)
                          (i32.const 2)
                         )
                        )
                       )
                       (i32.add
                        (local.get $24)
                        (local.get $25)
                       )
                      )
                      (then
                       (local.set $28
                        (i32.add
                         (local.get $33)
                         (i32.const 1)
                        )
                       )
                      )
                      (else
                       (local.set $29
                        (local.get $33)
                       )
                      )
                     )
                    )
                   )
                   (local.set $30
                    (i32.add
                     (local.get $30)
                     (i32.const 1)
                    )
                   )
                   (br_if $loop99
                    (i32.lt_s
                     (local.get $30)
                     (local.get $88)
                    )
                   )
                  )
                 )
                )
                (local.set $27
                 (local.get $28)
                )
               )
              )
              (local.set $52
               (i32.and
                (local.get $8)
                (i32.eqz
                 (local.get $26)
                )
               )
              )
              (local.set $53
               (i32.and
                (local.get $9)
                (i32.eq
                 (local.get $27)
                 (local.get $40)
                )
               )
              )
              (local.set $48
               (i32.and
                (i32.eqz
                 (local.get $5)
                )
                (i32.eq
                 (i32.sub
                  (i32.load
                   (i32.add
                    (i32.load offset=32
                     (local.get $20)
                    )
                    (i32.shl
                     (i32.sub
                      (local.get $27)
                      (i32.const 1)
                     )
                     (i32.const 2)
                    )
                   )
                  )
                  (i32.load
                   (i32.add
                    (i32.load offset=32
                     (local.get $20)
                    )
                    (i32.shl
                     (local.get $26)
                     (i32.const 2)
                    )
                   )
                  )
                 )
                 (i32.sub
                  (i32.sub
                   (local.get $27)
                   (local.get $26)
                  )
                  (i32.const 1)
                 )
                )
               )
              )
              (if
               (i32.lt_s
                (local.get $26)
                (local.get $27)
               )
               (then
                (block $exit100
                 (local.set $31
                  (i32.const 0)
                 )
                 (local.set $89
                  (i32.div_s
                   (i32.add
                    (local.get $23)
                    (i32.const 7)
                   )
                   (i32.const 8)
                  )
                 )
                 (br_if $exit100
                  (i32.ge_s
                   (local.get $31)
                   (local.get $89)
                  )
                 )
                 (loop $loop101
                  (local.set $33
                   (i32.add
                    (local.get $22)
                    (i32.mul
                     (local.get $31)
                     (i32.const 8)
                    )
                   )
                  )
                  (local.set $34
                   (select
                    (i32.const 8)
                    (i32.sub
                     (i32.add
                      (local.get $22)
                      (local.get $23)
                     )
                     (local.get $33)
                    )
                    (i32.lt_s
                     (i32.const 8)
                     (i32.sub
                      (i32.add
                       (local.get $22)
                       (local.get $23)
                      )
                      (local.get $33)
                     )
                    )
                   )
                  )
                  (local.set $35
                   (i32.eq
                    (local.get $34)
                    (i32.const 8)
                   )
                  )
                  (if
                   (local.get $5)
                   (then
                    (local.set $36
                     (i32.add
                      (i32.const 458752)
                      (i32.shl
                       (i32.load
                        (i32.add
                         (i32.const 21302912)
                         (i32.shl
                          (local.get $33)
                          (i32.const 2)
                         )
                        )
                       )
                       (i32.const 2)
                      )
                     )
                    )
                    (local.set $37
                     (i32.add
                      (i32.load offset=32
                       (local.get $20)
                      )
                      (i32.shl
                       (local.get $26)
                       (i32.const 2)
                      )
                     )
                    )
                    (local.set $38
                     (i32.const 0)
                    )
                   )
                   (else
                    (local.set $36
                     (i32.sub
                      (i32.add
                       (local.get $45)
                       (i32.mul
                        (local.get $31)
                        (i32.mul
                         (local.get $25)
                         (i32.const 32)
                        )
                       )
                      )
                      (i32.shl
                       (local.get $24)
                       (i32.const 5)
                      )
                     )
                    )
                    (local.set $37
                     (i32.add
                      (i32.load offset=32
                       (local.get $20)
                      )
                      (i32.shl
                       (local.get $26)
                       (i32.const 2)
                      )
                     )
                    )
                    (local.set $38
                     (i32.const 5)
                    )
                   )
                  )
                  (if
                   (local.get $35)
                   (then
                    (call $op0_rows
                     (i32.add
                      (local.get $41)
                      (i32.shl
                       (local.get $26)
                       (i32.const 4)
                      )
                     )
                     (i32.shl
                      (local.get $40)
                      (i32.const 4)
                     )
                     (select
                      (i32.add
                       (local.get $36)
                       (i32.shl
                        (i32.load
                         (local.get $37)
                        )
                        (i32.const 5)
                       )
                      )
                      (local.get $36)
                      (local.get $48)
                     )
                     (select
                      (i32.const 0)
                      (local.get $37)
                      (local.get $48)
                     )
                     (i32.sub
                      (local.get $27)
                      (local.get $26)
                     )
                     (local.get $38)
                     (i32.load offset=44
                      (local.get $20)
                     )
                     (local.get $39)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (i32.const 21318848)
                        (i32.shl
                         (i32.add
                          (local.get $33)
                          (i32.const 0)
                         )
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.const 2)
                     )
                     (local.get $51)
                     (local.get $52)
                     (local.get $53)
                     (i32.load offset=4
                      (local.get $20)
                     )
                     (local.get $21)
                    )
                   )
                   (else
                    (block $exit94
                     (local.set $32
                      (i32.const 0)
                     )
                     (local.set $86
                      (i32.div_s
                       (i32.add
                        (local.get $39)
                        (i32.const 3)
                       )
                       (i32.const 4)
                      )
                     )
                     (br_if $exit94
                      (i32.ge_s
                       (local.get $32)
                       (local.get $86)
                      )
                     )
                     (loop $loop95
                      (i32.store
                       (local.get $49)
                       (i32.add
                        (local.get $50)
                        (i32.const 0)
                       )
                      )
                      (local.set $44
                       (i32.lt_s
                        (i32.add
                         (i32.mul
                          (local.get $32)
                          (i32.const 4)
                         )
                         (i32.const 0)
                        )
                        (local.get $39)
                       )
                      )
                      (local.set $43
                       (select
                        (i32.add
                         (i32.load
                          (i32.add
                           (i32.const 21318272)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 21318336)
                           (i32.shl
                            (i32.load
                             (i32.add
                              (i32.load offset=4
                               (local.get $20)
                              )
                              (i32.shl
                               (i32.add
                                (i32.mul
                                 (local.get $32)
                                 (i32.const 4)
                                )
                                (i32.const 0)
                               )
                               (i32.const 2)
                              )
                             )
                            )
                            (i32.const 2)
                           )
                          )
                         )
                        )
                        (i32.const 0)
                        (local.get $44)
                       )
                      )
                      (block $exit78
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $54
                        (i32.const 8)
                       )
                       (br_if $exit78
                        (i32.ge_s
                         (local.get $42)
                         (local.get $54)
                        )
                       )
                       (loop $loop79
                        (f32.store
                         (i32.add
                          (local.get $50)
                          (i32.add
                           (i32.const 0)
                           (i32.shl
                            (local.get $42)
                            (i32.const 2)
                           )
                          )
                         )
                         (select
                          (f32.load
                           (i32.add
                            (i32.const 19333120)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 21318848)
                                (i32.shl
                                 (i32.add
                                  (local.get $33)
                                  (local.get $42)
                                 )
                                 (i32.const 2)
                                )
                               )
                              )
                             )
                             (i32.const 2)
                            )
                           )
                          )
                          (f32.const 0)
                          (i32.and
                           (i32.and
                            (local.get $44)
                            (i32.lt_s
                             (local.get $42)
                             (local.get $34)
                            )
                           )
                           (i32.eqz
                            (local.get $52)
                           )
                          )
                         )
                        )
                        (local.set $42
                         (i32.add
                          (local.get $42)
                          (i32.const 1)
                         )
                        )
                        (br_if $loop79
                         (i32.lt_s
                          (local.get $42)
                          (local.get $54)
                         )
                        )
                       )
                      )
                      (i32.store offset=4
                       (local.get $49)
                       (i32.add
                        (local.get $50)
                        (i32.const 32)
                       )
                      )
                      (local.set $44
                       (i32.lt_s
                        (i32.add
                         (i32.mul
                          (local.get $32)
                          (i32.const 4)
                         )
                         (i32.const 1)
                        )
                        (local.get $39)
                       )
                      )
                      (local.set $43
                       (select
                        (i32.add
                         (i32.load
                          (i32.add
                           (i32.const 21318272)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 21318336)
                           (i32.shl
                            (i32.load
                             (i32.add
                              (i32.load offset=4
                               (local.get $20)
                              )
                              (i32.shl
                               (i32.add
                                (i32.mul
                                 (local.get $32)
                                 (i32.const 4)
                                )
                                (i32.const 1)
                               )
                               (i32.const 2)
                              )
                             )
                            )
                            (i32.const 2)
                           )
                          )
                         )
                        )
                        (i32.const 0)
                        (local.get $44)
                       )
                      )
                      (block $exit82
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $56
                        (i32.const 8)
                       )
                       (br_if $exit82
                        (i32.ge_s
                         (local.get $42)
                         (local.get $56)
                        )
                       )
                       (loop $loop83
                        (f32.store
                         (i32.add
                          (local.get $50)
                          (i32.add
                           (i32.const 32)
                           (i32.shl
                            (local.get $42)
                            (i32.const 2)
                           )
                          )
                         )
                         (select
                          (f32.load
                           (i32.add
                            (i32.const 19333120)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 21318848)
                                (i32.shl
                                 (i32.add
                                  (local.get $33)
                                  (local.get $42)
                                 )
                                 (i32.const 2)
                                )
                               )
                              )
                             )
                             (i32.const 2)
                            )
                           )
                          )
                          (f32.const 0)
                          (i32.and
                           (i32.and
                            (local.get $44)
                            (i32.lt_s
                             (local.get $42)
                             (local.get $34)
                            )
                           )
                           (i32.eqz
                            (local.get $52)
                           )
                          )
                         )
                        )
                        (local.set $42
                         (i32.add
                          (local.get $42)
                          (i32.const 1)
                         )
                        )
                        (br_if $loop83
                         (i32.lt_s
                          (local.get $42)
                          (local.get $56)
                         )
                        )
                       )
                      )
                      (i32.store offset=8
                       (local.get $49)
                       (i32.add
                        (local.get $50)
                        (i32.const 64)
                       )
                      )
                      (local.set $44
                       (i32.lt_s
                        (i32.add
                         (i32.mul
                          (local.get $32)
                          (i32.const 4)
                         )
                         (i32.const 2)
                        )
                        (local.get $39)
                       )
                      )
                      (local.set $43
                       (select
                        (i32.add
                         (i32.load
                          (i32.add
                           (i32.const 21318272)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 21318336)
                           (i32.shl
                            (i32.load
                             (i32.add
                              (i32.load offset=4
                               (local.get $20)
                              )
                              (i32.shl
                               (i32.add
                                (i32.mul
                                 (local.get $32)
                                 (i32.const 4)
                                )
                                (i32.const 2)
                               )
                               (i32.const 2)
                              )
                             )
                            )
                            (i32.const 2)
                           )
                          )
                         )
                        )
                        (i32.const 0)
                        (local.get $44)
                       )
                      )
                      (block $exit86
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $58
                        (i32.const 8)
                       )
                       (br_if $exit86
                        (i32.ge_s
                         (local.get $42)
                         (local.get $58)
                        )
                       )
                       (loop $loop87
                        (f32.store
                         (i32.add
                          (local.get $50)
                          (i32.add
                           (i32.const 64)
                           (i32.shl
                            (local.get $42)
                            (i32.const 2)
                           )
                          )
                         )
                         (select
                          (f32.load
                           (i32.add
                            (i32.const 19333120)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 21318848)
                                (i32.shl
                                 (i32.add
                                  (local.get $33)
                                  (local.get $42)
                                 )
                                 (i32.const 2)
                                )
                               )
                              )
                             )
                             (i32.const 2)
                            )
                           )
                          )
                          (f32.const 0)
                          (i32.and
                           (i32.and
                            (local.get $44)
                            (i32.lt_s
                             (local.get $42)
                             (local.get $34)
                            )
                           )
                           (i32.eqz
                            (local.get $52)
                           )
                          )
                         )
                        )
                        (local.set $42
                         (i32.add
                          (local.get $42)
                          (i32.const 1)
                         )
                        )
                        (br_if $loop87
                         (i32.lt_s
                          (local.get $42)
                          (local.get $58)
                         )
                        )
                       )
                      )
                      (i32.store offset=12
                       (local.get $49)
                       (i32.add
                        (local.get $50)
                        (i32.const 96)
                       )
                      )
                      (local.set $44
                       (i32.lt_s
                        (i32.add
                         (i32.mul
                          (local.get $32)
                          (i32.const 4)
                         )
                         (i32.const 3)
                        )
                        (local.get $39)
                       )
                      )
                      (local.set $43
                       (select
                        (i32.add
                         (i32.load
                          (i32.add
                           (i32.const 21318272)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 21318336)
                           (i32.shl
                            (i32.load
                             (i32.add
                              (i32.load offset=4
                               (local.get $20)
                              )
                              (i32.shl
                               (i32.add
                                (i32.mul
                                 (local.get $32)
                                 (i32.const 4)
                                )
                                (i32.const 3)
                               )
                               (i32.const 2)
                              )
                             )
                            )
                            (i32.const 2)
                           )
                          )
                         )
                        )
                        (i32.const 0)
                        (local.get $44)
                       )
                      )
                      (block $exit90
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $60
                        (i32.const 8)
                       )
                       (br_if $exit90
                        (i32.ge_s
                         (local.get $42)
                         (local.get $60)
                        )
                       )
                       (loop $loop91
                        (f32.store
                         (i32.add
                          (local.get $50)
                          (i32.add
                           (i32.const 96)
                           (i32.shl
                            (local.get $42)
                            (i32.const 2)
                           )
                          )
                         )
                         (select
                          (f32.load
                           (i32.add
                            (i32.const 19333120)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 21318848)
                                (i32.shl
                                 (i32.add
                                  (local.get $33)
                                  (local.get $42)
                                 )
                                 (i32.const 2)
                                )
                               )
                              )
                             )
                             (i32.const 2)
                            )
                           )
                          )
                          (f32.const 0)
                          (i32.and
                           (i32.and
                            (local.get $44)
                            (i32.lt_s
                             (local.get $42)
                             (local.get $34)
                            )
                           )
                           (i32.eqz
                            (local.get $52)
                           )
                          )
                         )
                        )
                        (local.set $42
                         (i32.add
                          (local.get $42)
                          (i32.const 1)
                         )
                        )
                        (br_if $loop91
                         (i32.lt_s
                          (local.get $42)
                          (local.get $60)
                         )
                        )
                       )
                      )
                      (if
                       (local.get $48)
                       (then
                        (call $microkernel_4x8
                         (i32.add
                          (local.get $41)
                          (i32.shl
                           (i32.add
                            (i32.mul
                             (local.get $32)
                             (local.get $40)
                            )
                            (local.get $26)
                           )
                           (i32.const 4)
                          )
                         )
                         (i32.add
                          (local.get $36)
                          (i32.shl
                           (i32.load
                            (local.get $37)
                           )
                           (i32.const 5)
                          )
                         )
                         (i32.sub
                          (local.get $27)
                          (local.get $26)
                         )
                         (local.get $49)
                        )
                       )
                       (else
                        (call $microkernel_4x8_gather
                         (i32.add
                          (local.get $41)
                          (i32.shl
                           (i32.add
                            (i32.mul
                             (local.get $32)
                             (local.get $40)
                            )
                            (local.get $26)
                           )
                           (i32.const 4)
                          )
                         )
                         (local.get $36)
                         (local.get $37)
                         (i32.sub
                          (local.get $27)
                          (local.get $26)
                         )
                         (local.get $49)
                         (local.get $38)
                        )
                       )
                      )
                      (if
                       (local.get $53)
                       (then
                        (if
                         (i32.lt_s
                          (i32.add
                           (i32.mul
                            (local.get $32)
                            (i32.const 4)
                           )
                           (i32.const 0)
                          )
                          (local.get $39)
                         )
                         (then
                          (local.set $62
                           (v128.load align=4
                            (local.get $50)
                           )
                          )
                          (local.set $63
                           (local.get $62)
                          )
                          (local.set $64
                           (f32x4.pmax
                            (local.get $63)
                            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                           )
                          )
                          (v128.store align=4
                           (local.get $50)
                           (local.get $64)
                          )
                          (local.set $65
                           (v128.load offset=16 align=4
                            (local.get $50)
                           )
                          )
                          (local.set $66
                           (local.get $65)
                          )
                          (local.set $67
                           (f32x4.pmax
                            (local.get $66)
                            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                           )
                          )
                          (v128.store offset=16 align=4
                           (local.get $50)
                           (local.get $67)
                          )
                         )
                        )
                        (if
                         (i32.lt_s
                          (i32.add
                           (i32.mul
                            (local.get $32)
                            (i32.const 4)
                           )
                           (i32.const 1)
                          )
                          (local.get $39)
                         )
                         (then
                          (local.set $68
                           (v128.load offset=32 align=4
                            (local.get $50)
                           )
                          )
                          (local.set $69
                           (local.get $68)
                          )
                          (local.set $70
                           (f32x4.pmax
                            (local.get $69)
                            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                           )
                          )
                          (v128.store offset=32 align=4
                           (local.get $50)
                           (local.get $70)
                          )
                          (local.set $71
                           (v128.load offset=48 align=4
                            (local.get $50)
                           )
                          )
                          (local.set $72
                           (local.get $71)
                          )
                          (local.set $73
                           (f32x4.pmax
                            (local.get $72)
                            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                           )
                          )
                          (v128.store offset=48 align=4
                           (local.get $50)
                           (local.get $73)
                          )
                         )
                        )
                        (if
                         (i32.lt_s
                          (i32.add
                           (i32.mul
                            (local.get $32)
                            (i32.const 4)
                           )
                           (i32.const 2)
                          )
                          (local.get $39)
                         )
                         (then
                          (local.set $74
                           (v128.load offset=64 align=4
                            (local.get $50)
                           )
                          )
                          (local.set $75
                           (local.get $74)
                          )
                          (local.set $76
                           (f32x4.pmax
                            (local.get $75)
                            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                           )
                          )
                          (v128.store offset=64 align=4
                           (local.get $50)
                           (local.get $76)
                          )
                          (local.set $77
                           (v128.load offset=80 align=4
                            (local.get $50)
                           )
                          )
                          (local.set $78
                           (local.get $77)
                          )
                          (local.set $79
                           (f32x4.pmax
                            (local.get $78)
                            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                           )
                          )
                          (v128.store offset=80 align=4
                           (local.get $50)
                           (local.get $79)
                          )
                         )
                        )
                        (if
                         (i32.lt_s
                          (i32.add
                           (i32.mul
                            (local.get $32)
                            (i32.const 4)
                           )
                           (i32.const 3)
                          )
                          (local.get $39)
                         )
                         (then
                          (local.set $80
                           (v128.load offset=96 align=4
                            (local.get $50)
                           )
                          )
                          (local.set $81
                           (local.get $80)
                          )
                          (local.set $82
                           (f32x4.pmax
                            (local.get $81)
                            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                           )
                          )
                          (v128.store offset=96 align=4
                           (local.get $50)
                           (local.get $82)
                          )
                          (local.set $83
                           (v128.load offset=112 align=4
                            (local.get $50)
                           )
                          )
                          (local.set $84
                           (local.get $83)
                          )
                          (local.set $85
                           (f32x4.pmax
                            (local.get $84)
                            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                           )
                          )
                          (v128.store offset=112 align=4
                           (local.get $50)
                           (local.get $85)
                          )
                         )
                        )
                       )
                      )
                      (local.set $44
                       (i32.lt_s
                        (i32.add
                         (i32.mul
                          (local.get $32)
                          (i32.const 4)
                         )
                         (i32.const 0)
                        )
                        (local.get $39)
                       )
                      )
                      (local.set $43
                       (select
                        (i32.add
                         (i32.load
                          (i32.add
                           (i32.const 21318272)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 21318336)
                           (i32.shl
                            (i32.load
                             (i32.add
                              (i32.load offset=4
                               (local.get $20)
                              )
                              (i32.shl
                               (i32.add
                                (i32.mul
                                 (local.get $32)
                                 (i32.const 4)
                                )
                                (i32.const 0)
                               )
                               (i32.const 2)
                              )
                             )
                            )
                            (i32.const 2)
                           )
                          )
                         )
                        )
                        (i32.const 0)
                        (local.get $44)
                       )
                      )
                      (block $exit80
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $55
                        (local.get $34)
                       )
                       (br_if $exit80
                        (i32.ge_s
                         (local.get $42)
                         (local.get $55)
                        )
                       )
                       (loop $loop81
                        (if
                         (local.get $44)
                         (then
                          (f32.store
                           (i32.add
                            (i32.const 19333120)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 21318848)
                                (i32.shl
                                 (i32.add
                                  (local.get $33)
                                  (local.get $42)
                                 )
                                 (i32.const 2)
                                )
                               )
                              )
                             )
                             (i32.const 2)
                            )
                           )
                           (f32.load
                            (i32.add
                             (local.get $50)
                             (i32.add
                              (i32.const 0)
                              (i32.shl
                               (local.get $42)
                               (i32.const 2)
                              )
                             )
                            )
                           )
                          )
                         )
                        )
                        (local.set $42
                         (i32.add
                          (local.get $42)
                          (i32.const 1)
                         )
                        )
                        (br_if $loop81
                         (i32.lt_s
                          (local.get $42)
                          (local.get $55)
                         )
                        )
                       )
                      )
                      (local.set $44
                       (i32.lt_s
                        (i32.add
                         (i32.mul
                          (local.get $32)
                          (i32.const 4)
                         )
                         (i32.const 1)
                        )
                        (local.get $39)
                       )
                      )
                      (local.set $43
                       (select
                        (i32.add
                         (i32.load
                          (i32.add
                           (i32.const 21318272)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 21318336)
                           (i32.shl
                            (i32.load
                             (i32.add
                              (i32.load offset=4
                               (local.get $20)
                              )
                              (i32.shl
                               (i32.add
                                (i32.mul
                                 (local.get $32)
                                 (i32.const 4)
                                )
                                (i32.const 1)
                               )
                               (i32.const 2)
                              )
                             )
                            )
                            (i32.const 2)
                           )
                          )
                         )
                        )
                        (i32.const 0)
                        (local.get $44)
                       )
                      )
                      (block $exit84
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $57
                        (local.get $34)
                       )
                       (br_if $exit84
                        (i32.ge_s
                         (local.get $42)
                         (local.get $57)
                        )
                       )
                       (loop $loop85
                        (if
                         (local.get $44)
                         (then
                          (f32.store
                           (i32.add
                            (i32.const 19333120)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 21318848)
                                (i32.shl
                                 (i32.add
                                  (local.get $33)
                                  (local.get $42)
                                 )
                                 (i32.const 2)
                                )
                               )
                              )
                             )
                             (i32.const 2)
                            )
                           )
                           (f32.load
                            (i32.add
                             (local.get $50)
                             (i32.add
                              (i32.const 32)
                              (i32.shl
                               (local.get $42)
                               (i32.const 2)
                              )
                             )
                            )
                           )
                          )
                         )
                        )
                        (local.set $42
                         (i32.add
                          (local.get $42)
                          (i32.const 1)
                         )
                        )
                        (br_if $loop85
                         (i32.lt_s
                          (local.get $42)
                          (local.get $57)
                         )
                        )
                       )
                      )
                      (local.set $44
                       (i32.lt_s
                        (i32.add
                         (i32.mul
                          (local.get $32)
                          (i32.const 4)
                         )
                         (i32.const 2)
                        )
                        (local.get $39)
                       )
                      )
                      (local.set $43
                       (select
                        (i32.add
                         (i32.load
                          (i32.add
                           (i32.const 21318272)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 21318336)
                           (i32.shl
                            (i32.load
                             (i32.add
                              (i32.load offset=4
                               (local.get $20)
                              )
                              (i32.shl
                               (i32.add
                                (i32.mul
                                 (local.get $32)
                                 (i32.const 4)
                                )
                                (i32.const 2)
                               )
                               (i32.const 2)
                              )
                             )
                            )
                            (i32.const 2)
                           )
                          )
                         )
                        )
                        (i32.const 0)
                        (local.get $44)
                       )
                      )
                      (block $exit88
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $59
                        (local.get $34)
                       )
                       (br_if $exit88
                        (i32.ge_s
                         (local.get $42)
                         (local.get $59)
                        )
                       )
                       (loop $loop89
                        (if
                         (local.get $44)
                         (then
                          (f32.store
                           (i32.add
                            (i32.const 19333120)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 21318848)
                                (i32.shl
                                 (i32.add
                                  (local.get $33)
                                  (local.get $42)
                                 )
                                 (i32.const 2)
                                )
                               )
                              )
                             )
                             (i32.const 2)
                            )
                           )
                           (f32.load
                            (i32.add
                             (local.get $50)
                             (i32.add
                              (i32.const 64)
                              (i32.shl
                               (local.get $42)
                               (i32.const 2)
                              )
                             )
                            )
                           )
                          )
                         )
                        )
                        (local.set $42
                         (i32.add
                          (local.get $42)
                          (i32.const 1)
                         )
                        )
                        (br_if $loop89
                         (i32.lt_s
                          (local.get $42)
                          (local.get $59)
                         )
                        )
                       )
                      )
                      (local.set $44
                       (i32.lt_s
                        (i32.add
                         (i32.mul
                          (local.get $32)
                          (i32.const 4)
                         )
                         (i32.const 3)
                        )
                        (local.get $39)
                       )
                      )
                      (local.set $43
                       (select
                        (i32.add
                         (i32.load
                          (i32.add
                           (i32.const 21318272)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 21318336)
                           (i32.shl
                            (i32.load
                             (i32.add
                              (i32.load offset=4
                               (local.get $20)
                              )
                              (i32.shl
                               (i32.add
                                (i32.mul
                                 (local.get $32)
                                 (i32.const 4)
                                )
                                (i32.const 3)
                               )
                               (i32.const 2)
                              )
                             )
                            )
                            (i32.const 2)
                           )
                          )
                         )
                        )
                        (i32.const 0)
                        (local.get $44)
                       )
                      )
                      (block $exit92
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $61
                        (local.get $34)
                       )
                       (br_if $exit92
                        (i32.ge_s
                         (local.get $42)
                         (local.get $61)
                        )
                       )
                       (loop $loop93
                        (if
                         (local.get $44)
                         (then
                          (f32.store
                           (i32.add
                            (i32.const 19333120)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 21318848)
                                (i32.shl
                                 (i32.add
                                  (local.get $33)
                                  (local.get $42)
                                 )
                                 (i32.const 2)
                                )
                               )
                              )
                             )
                             (i32.const 2)
                            )
                           )
                           (f32.load
                            (i32.add
                             (local.get $50)
                             (i32.add
                              (i32.const 96)
                              (i32.shl
                               (local.get $42)
                               (i32.const 2)
                              )
                             )
                            )
                           )
                          )
                         )
                        )
                        (local.set $42
                         (i32.add
                          (local.get $42)
                          (i32.const 1)
                         )
                        )
                        (br_if $loop93
                         (i32.lt_s
                          (local.get $42)
                          (local.get $61)
                         )
                        )
                       )
                      )
                      (local.set $32
                       (i32.add
                        (local.get $32)
                        (i32.const 1)
                       )
                      )
                      (br_if $loop95
                       (i32.lt_s
                        (local.get $32)
                        (local.get $86)
                       )
                      )
                     )
                    )
                   )
                  )
                  (local.set $31
                   (i32.add
                    (local.get $31)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop101
                   (i32.lt_s
                    (local.get $31)
                    (local.get $89)
                   )
                  )
                 )
                )
               )
              )
              (local.set $19
               (i32.add
                (local.get $19)
                (i32.const 1)
               )
              )
              (br_if $loop103
               (i32.lt_s
                (local.get $19)
                (local.get $90)
               )
              )
             )
            )
            (local.set $24
             (i32.add
              (local.get $24)
              (local.get $92)
             )
            )
            (br_if $loop105
             (i32.lt_s
              (local.get $24)
              (local.get $91)
             )
            )
           )
          )
          (local.set $22
           (i32.add
            (local.get $22)
            (local.get $96)
           )
          )
          (br_if $loop111
           (i32.lt_s
            (local.get $22)
            (local.get $95)
           )
          )
         )
        )
        (local.set $17
         (i32.sub
          (local.get $18)
          (i32.const 1)
         )
        )
        (local.set $17
         (i32.add
          (local.get $17)
          (i32.const 1)
         )
        )
        (br_if $loop113
         (i32.lt_s
          (local.get $17)
          (local.get $97)
         )
        )
       )
      )
     )
    )
    (local.set $16
     (i32.add
      (local.get $16)
      (i32.const 1)
     )
    )
    (br_if $loop115
     (i32.lt_s
      (local.get $16)
      (local.get $98)
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
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  (local $25 i32)
  (local $26 i32)
  (local.set $20
   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
  )
  (block $exit118
   (local.set $4
    (local.get $0)
   )
   (local.set $26
    (local.get $1)
   )
   (br_if $exit118
    (i32.ge_s
     (local.get $4)
     (local.get $26)
    )
   )
   (loop $loop119
    (local.set $11
     (local.get $4)
    )
    (local.set $5
     (local.get $11)
    )
    (local.set $18
     (i32.add
      (i32.const 19333120)
      (i32.mul
       (local.get $5)
       (i32.const 12288)
      )
     )
    )
    (block $exit116
     (local.set $6
      (local.get $2)
     )
     (local.set $25
      (i32.sub
       (local.get $3)
       (i32.const 3)
      )
     )
     (br_if $exit116
      (i32.ge_s
       (local.get $6)
       (local.get $25)
      )
     )
     (loop $loop117
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
      (local.set $21
       (f32x4.pmax
        (local.get $19)
        (local.get $20)
       )
      )
      (v128.store align=4
       (i32.add
        (local.get $18)
        (i32.shl
         (local.get $6)
         (i32.const 2)
        )
       )
       (local.get $21)
      )
      (local.set $6
       (i32.add
        (local.get $6)
        (i32.const 4)
       )
      )
      (br_if $loop117
       (i32.lt_s
        (local.get $6)
        (local.get $25)
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
      (local.set $22
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
      (local.set $23
       (f32x4.pmax
        (local.get $22)
        (local.get $20)
       )
      )
      (local.set $24
       (local.get $23)
      )
      (v128.store32_lane 0
       (i32.add
        (local.get $18)
        (i32.shl
         (i32.add
          (local.get $6)
          (i32.const 0)
         )
         (i32.const 2)
        )
       )
       (local.get $24)
      )
      (if
       (i32.lt_s
        (i32.const 1)
        (local.get $12)
       )
       (then
        (v128.store32_lane 1
         (i32.add
          (local.get $18)
          (i32.shl
           (i32.add
            (local.get $6)
            (i32.const 1)
           )
           (i32.const 2)
          )
         )
         (local.get $24)
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
          (local.get $18)
          (i32.shl
           (i32.add
            (local.get $6)
            (i32.const 2)
           )
           (i32.const 2)
          )
         )
         (local.get $24)
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
          (local.get $18)
          (i32.shl
           (i32.add
            (local.get $6)
            (i32.const 3)
           )
           (i32.const 2)
          )
         )
         (local.get $24)
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
    (br_if $loop119
     (i32.lt_s
      (local.get $4)
      (local.get $26)
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
    (block $exit122
     (local.set $4
      (local.get $2)
     )
     (local.set $8
      (local.get $3)
     )
     (local.set $9
      (local.get $5)
     )
     (br_if $exit122
      (i32.ge_s
       (local.get $4)
       (local.get $8)
      )
     )
     (loop $loop123
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
      (br_if $loop123
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
    (block $exit120
     (local.set $4
      (local.get $0)
     )
     (local.set $6
      (local.get $1)
     )
     (local.set $7
      (local.get $5)
     )
     (br_if $exit120
      (i32.ge_s
       (local.get $4)
       (local.get $6)
      )
     )
     (loop $loop121
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
      (br_if $loop121
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
 (func $op2_packA (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32)
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
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
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
  (local $40 i32)
  (local.set $9
   (local.get $0)
  )
  (block $exit134
   (local.set $6
    (i32.const 0)
   )
   (local.set $40
    (i32.div_s
     (i32.add
      (local.get $2)
      (i32.const 3)
     )
     (i32.const 4)
    )
   )
   (br_if $exit134
    (i32.ge_s
     (local.get $6)
     (local.get $40)
    )
   )
   (loop $loop135
    (local.set $10
     (i32.lt_s
      (i32.add
       (i32.mul
        (local.get $6)
        (i32.const 4)
       )
       (i32.const 0)
      )
      (local.get $2)
     )
    )
    (local.set $14
     (select
      (i32.add
       (i32.load
        (i32.add
         (i32.const 21331136)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 21331200)
         (i32.shl
          (i32.load
           (i32.add
            (local.get $1)
            (i32.shl
             (i32.add
              (i32.mul
               (local.get $6)
               (i32.const 4)
              )
              (i32.const 0)
             )
             (i32.const 2)
            )
           )
          )
          (i32.const 2)
         )
        )
       )
      )
      (i32.const 0)
      (local.get $10)
     )
    )
    (local.set $11
     (i32.lt_s
      (i32.add
       (i32.mul
        (local.get $6)
        (i32.const 4)
       )
       (i32.const 1)
      )
      (local.get $2)
     )
    )
    (local.set $15
     (select
      (i32.add
       (i32.load
        (i32.add
         (i32.const 21331136)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 21331200)
         (i32.shl
          (i32.load
           (i32.add
            (local.get $1)
            (i32.shl
             (i32.add
              (i32.mul
               (local.get $6)
               (i32.const 4)
              )
              (i32.const 1)
             )
             (i32.const 2)
            )
           )
          )
          (i32.const 2)
         )
        )
       )
      )
      (i32.const 0)
      (local.get $11)
     )
    )
    (local.set $12
     (i32.lt_s
      (i32.add
       (i32.mul
        (local.get $6)
        (i32.const 4)
       )
       (i32.const 2)
      )
      (local.get $2)
     )
    )
    (local.set $16
     (select
      (i32.add
       (i32.load
        (i32.add
         (i32.const 21331136)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 21331200)
         (i32.shl
          (i32.load
           (i32.add
            (local.get $1)
            (i32.shl
             (i32.add
              (i32.mul
               (local.get $6)
               (i32.const 4)
              )
              (i32.const 2)
             )
             (i32.const 2)
            )
           )
          )
          (i32.const 2)
         )
        )
       )
      )
      (i32.const 0)
      (local.get $12)
     )
    )
    (local.set $13
     (i32.lt_s
      (i32.add
       (i32.mul
        (local.get $6)
        (i32.const 4)
       )
       (i32.const 3)
      )
      (local.get $2)
     )
    )
    (local.set $17
     (select
      (i32.add
       (i32.load
        (i32.add
         (i32.const 21331136)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 21331200)
         (i32.shl
          (i32.load
           (i32.add
            (local.get $1)
            (i32.shl
             (i32.add
              (i32.mul
               (local.get $6)
               (i32.const 4)
              )
              (i32.const 3)
             )
             (i32.const 2)
            )
           )
          )
          (i32.const 2)
         )
        )
       )
      )
      (i32.const 0)
      (local.get $13)
     )
    )
    (block $exit132
     (local.set $19
      (i32.const 0)
     )
     (local.set $39
      (local.get $4)
     )
     (br_if $exit132
      (i32.ge_s
       (local.get $19)
       (local.get $39)
      )
     )
     (loop $loop133
      (local.set $21
       (i32.load
        (i32.add
         (local.get $3)
         (i32.shl
          (local.get $19)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $22
       (i32.add
        (local.get $19)
        (i32.const 1)
       )
      )
      (block $exit126
       (local.set $20
        (local.get $22)
       )
       (local.set $36
        (local.get $4)
       )
       (br_if $exit126
        (i32.ge_s
         (local.get $20)
         (local.get $36)
        )
       )
       (loop $loop127
        (if
         (i32.eq
          (i32.load
           (i32.add
            (local.get $3)
            (i32.shl
             (local.get $20)
             (i32.const 2)
            )
           )
          )
          (i32.add
           (local.get $21)
           (i32.sub
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (then
          (local.set $22
           (i32.add
            (local.get $20)
            (i32.const 1)
           )
          )
         )
         (else
          (local.set $20
           (local.get $4)
          )
         )
        )
        (local.set $20
         (i32.add
          (local.get $20)
          (i32.const 1)
         )
        )
        (br_if $loop127
         (i32.lt_s
          (local.get $20)
          (local.get $36)
         )
        )
       )
      )
      (local.set $23
       (i32.add
        (local.get $19)
        (i32.and
         (i32.sub
          (local.get $22)
          (local.get $19)
         )
         (i32.const -4)
        )
       )
      )
      (if
       (i32.lt_s
        (local.get $19)
        (local.get $23)
       )
       (then
        (local.set $24
         (i32.add
          (i32.const 19333120)
          (i32.shl
           (i32.add
            (local.get $14)
            (i32.load
             (i32.add
              (i32.const 21331712)
              (i32.shl
               (local.get $21)
               (i32.const 2)
              )
             )
            )
           )
           (i32.const 2)
          )
         )
        )
        (local.set $25
         (i32.add
          (i32.const 19333120)
          (i32.shl
           (i32.add
            (local.get $15)
            (i32.load
             (i32.add
              (i32.const 21331712)
              (i32.shl
               (local.get $21)
               (i32.const 2)
              )
             )
            )
           )
           (i32.const 2)
          )
         )
        )
        (local.set $26
         (i32.add
          (i32.const 19333120)
          (i32.shl
           (i32.add
            (local.get $16)
            (i32.load
             (i32.add
              (i32.const 21331712)
              (i32.shl
               (local.get $21)
               (i32.const 2)
              )
             )
            )
           )
           (i32.const 2)
          )
         )
        )
        (local.set $27
         (i32.add
          (i32.const 19333120)
          (i32.shl
           (i32.add
            (local.get $17)
            (i32.load
             (i32.add
              (i32.const 21331712)
              (i32.shl
               (local.get $21)
               (i32.const 2)
              )
             )
            )
           )
           (i32.const 2)
          )
         )
        )
        (block $exit128
         (local.set $7
          (local.get $19)
         )
         (local.set $37
          (local.get $23)
         )
         (br_if $exit128
          (i32.ge_s
           (local.get $7)
           (local.get $37)
          )
         )
         (loop $loop129
          (local.set $28
           (select
            (v128.load align=4
             (i32.add
              (local.get $24)
              (i32.shl
               (i32.sub
                (local.get $7)
                (local.get $19)
               )
               (i32.const 2)
              )
             )
            )
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $10)
           )
          )
          (local.set $29
           (select
            (v128.load align=4
             (i32.add
              (local.get $25)
              (i32.shl
               (i32.sub
                (local.get $7)
                (local.get $19)
               )
               (i32.const 2)
              )
             )
            )
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $11)
           )
          )
          (local.set $30
           (select
            (v128.load align=4
             (i32.add
              (local.get $26)
              (i32.shl
               (i32.sub
                (local.get $7)
                (local.get $19)
               )
               (i32.const 2)
              )
             )
            )
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $12)
           )
          )
          (local.set $31
           (select
            (v128.load align=4
             (i32.add
              (local.get $27)
              (i32.shl
               (i32.sub
                (local.get $7)
                (local.get $19)
               )
               (i32.const 2)
              )
             )
            )
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $13)
           )
          )
          (local.set $32
           (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
            (local.get $28)
            (local.get $29)
           )
          )
          (local.set $33
           (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
            (local.get $28)
            (local.get $29)
           )
          )
          (local.set $34
           (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
            (local.get $30)
            (local.get $31)
           )
          )
          (local.set $35
           (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
            (local.get $30)
            (local.get $31)
           )
          )
          (v128.store align=4
           (local.get $9)
           (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
            (local.get $32)
            (local.get $34)
           )
          )
          (v128.store offset=16 align=4
           (local.get $9)
           (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
            (local.get $32)
            (local.get $34)
           )
          )
          (v128.store offset=32 align=4
           (local.get $9)
           (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
            (local.get $33)
            (local.get $35)
           )
          )
          (v128.store offset=48 align=4
           (local.get $9)
           (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
            (local.get $33)
            (local.get $35)
           )
          )
          (local.set $9
           (i32.add
            (local.get $9)
            (i32.const 64)
           )
          )
          (local.set $7
           (i32.add
            (local.get $7)
            (i32.const 4)
           )
          )
          (br_if $loop129
           (i32.lt_s
            (local.get $7)
            (local.get $37)
           )
          )
         )
        )
       )
      )
      (block $exit130
       (local.set $7
        (local.get $23)
       )
       (local.set $38
        (local.get $22)
       )
       (br_if $exit130
        (i32.ge_s
         (local.get $7)
         (local.get $38)
        )
       )
       (loop $loop131
        (local.set $8
         (i32.load
          (i32.add
           (local.get $3)
           (i32.shl
            (local.get $7)
            (i32.const 2)
           )
          )
         )
        )
        (f32.store
         (local.get $9)
         (select
          (f32.load
           (i32.add
            (i32.const 19333120)
            (i32.shl
             (i32.add
              (local.get $14)
              (i32.load
               (i32.add
                (i32.const 21331712)
                (i32.shl
                 (local.get $8)
                 (i32.const 2)
                )
               )
              )
             )
             (i32.const 2)
            )
           )
          )
          (f32.const 0)
          (local.get $10)
         )
        )
        (f32.store offset=4
         (local.get $9)
         (select
          (f32.load
           (i32.add
            (i32.const 19333120)
            (i32.shl
             (i32.add
              (local.get $15)
              (i32.load
               (i32.add
                (i32.const 21331712)
                (i32.shl
                 (local.get $8)
                 (i32.const 2)
                )
               )
              )
             )
             (i32.const 2)
            )
           )
          )
          (f32.const 0)
          (local.get $11)
         )
        )
        (f32.store offset=8
         (local.get $9)
         (select
          (f32.load
           (i32.add
            (i32.const 19333120)
            (i32.shl
             (i32.add
              (local.get $16)
              (i32.load
               (i32.add
                (i32.const 21331712)
                (i32.shl
                 (local.get $8)
                 (i32.const 2)
                )
               )
              )
             )
             (i32.const 2)
            )
           )
          )
          (f32.const 0)
          (local.get $12)
         )
        )
        (f32.store offset=12
         (local.get $9)
         (select
          (f32.load
           (i32.add
            (i32.const 19333120)
            (i32.shl
             (i32.add
              (local.get $17)
              (i32.load
               (i32.add
                (i32.const 21331712)
                (i32.shl
                 (local.get $8)
                 (i32.const 2)
                )
               )
              )
             )
             (i32.const 2)
            )
           )
          )
          (f32.const 0)
          (local.get $13)
         )
        )
        (local.set $9
         (i32.add
          (local.get $9)
          (i32.const 16)
         )
        )
        (local.set $7
         (i32.add
          (local.get $7)
          (i32.const 1)
         )
        )
        (br_if $loop131
         (i32.lt_s
          (local.get $7)
          (local.get $38)
         )
        )
       )
      )
      (local.set $19
       (local.get $22)
      )
      (local.set $19
       (i32.add
        (local.get $19)
        (i32.const 0)
       )
      )
      (br_if $loop133
       (i32.lt_s
        (local.get $19)
        (local.get $39)
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
    (br_if $loop135
     (i32.lt_s
      (local.get $6)
      (local.get $40)
     )
    )
   )
  )
 )
 (func $op2_packB (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32)
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
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
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
  (if
   (i32.and
    (i32.ge_s
     (local.get $4)
     (i32.const 1)
    )
    (i32.eq
     (i32.sub
      (i32.load
       (i32.add
        (local.get $3)
        (i32.shl
         (i32.sub
          (local.get $4)
          (i32.const 1)
         )
         (i32.const 2)
        )
       )
      )
      (i32.load
       (i32.add
        (local.get $3)
        (i32.shl
         (i32.const 0)
         (i32.const 2)
        )
       )
      )
     )
     (i32.sub
      (local.get $4)
      (i32.const 1)
     )
    )
   )
   (then
    (local.set $30
     (i32.add
      (i32.const 9895936)
      (i32.shl
       (i32.add
        (i32.load
         (i32.add
          (i32.const 21344000)
          (i32.shl
           (local.get $5)
           (i32.const 2)
          )
         )
        )
        (i32.load
         (i32.add
          (i32.const 21344064)
          (i32.shl
           (i32.load
            (i32.add
             (local.get $3)
             (i32.shl
              (i32.const 0)
              (i32.const 2)
             )
            )
           )
           (i32.const 2)
          )
         )
        )
       )
       (i32.const 2)
      )
     )
    )
    (local.set $33
     (i32.mul
      (local.get $2)
      (i32.const 32)
     )
    )
    (block $exit142
     (local.set $7
      (i32.const 0)
     )
     (local.set $35
      (local.get $2)
     )
     (br_if $exit142
      (i32.ge_s
       (local.get $7)
       (local.get $35)
      )
     )
     (loop $loop143
      (local.set $31
       (i32.add
        (local.get $30)
        (i32.shl
         (i32.load
          (i32.add
           (i32.const 21347136)
           (i32.shl
            (i32.load
             (i32.add
              (local.get $1)
              (i32.shl
               (local.get $7)
               (i32.const 2)
              )
             )
            )
            (i32.const 2)
           )
          )
         )
         (i32.const 2)
        )
       )
      )
      (local.set $32
       (i32.add
        (local.get $0)
        (i32.shl
         (local.get $7)
         (i32.const 5)
        )
       )
      )
      (block $exit140
       (local.set $6
        (i32.const 0)
       )
       (local.set $34
        (i32.div_s
         (i32.add
          (local.get $4)
          (i32.const 7)
         )
         (i32.const 8)
        )
       )
       (br_if $exit140
        (i32.ge_s
         (local.get $6)
         (local.get $34)
        )
       )
       (loop $loop141
        (v128.store align=4
         (local.get $32)
         (v128.load align=4
          (local.get $31)
         )
        )
        (v128.store offset=16 align=4
         (local.get $32)
         (v128.load offset=16 align=4
          (local.get $31)
         )
        )
        (local.set $31
         (i32.add
          (local.get $31)
          (i32.const 32)
         )
        )
        (local.set $32
         (i32.add
          (local.get $32)
          (local.get $33)
         )
        )
        (local.set $6
         (i32.add
          (local.get $6)
          (i32.const 1)
         )
        )
        (br_if $loop141
         (i32.lt_s
          (local.get $6)
          (local.get $34)
         )
        )
       )
      )
      (local.set $7
       (i32.add
        (local.get $7)
        (i32.const 1)
       )
      )
      (br_if $loop143
       (i32.lt_s
        (local.get $7)
        (local.get $35)
       )
      )
     )
    )
   )
   (else
    (local.set $9
     (local.get $0)
    )
    (block $exit138
     (local.set $6
      (i32.const 0)
     )
     (local.set $29
      (i32.div_s
       (i32.add
        (local.get $4)
        (i32.const 7)
       )
       (i32.const 8)
      )
     )
     (br_if $exit138
      (i32.ge_s
       (local.get $6)
       (local.get $29)
      )
     )
     (loop $loop139
      (local.set $10
       (i32.sub
        (local.get $4)
        (i32.mul
         (local.get $6)
         (i32.const 8)
        )
       )
      )
      (local.set $11
       (i32.lt_s
        (i32.const 0)
        (local.get $10)
       )
      )
      (local.set $19
       (select
        (i32.add
         (i32.load
          (i32.add
           (i32.const 21344000)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 21344064)
           (i32.shl
            (i32.load
             (i32.add
              (local.get $3)
              (i32.shl
               (i32.add
                (i32.mul
                 (local.get $6)
                 (i32.const 8)
                )
                (i32.const 0)
               )
               (i32.const 2)
              )
             )
            )
            (i32.const 2)
           )
          )
         )
        )
        (i32.const 0)
        (local.get $11)
       )
      )
      (local.set $12
       (i32.lt_s
        (i32.const 1)
        (local.get $10)
       )
      )
      (local.set $20
       (select
        (i32.add
         (i32.load
          (i32.add
           (i32.const 21344000)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 21344064)
           (i32.shl
            (i32.load
             (i32.add
              (local.get $3)
              (i32.shl
               (i32.add
                (i32.mul
                 (local.get $6)
                 (i32.const 8)
                )
                (i32.const 1)
               )
               (i32.const 2)
              )
             )
            )
            (i32.const 2)
           )
          )
         )
        )
        (i32.const 0)
        (local.get $12)
       )
      )
      (local.set $13
       (i32.lt_s
        (i32.const 2)
        (local.get $10)
       )
      )
      (local.set $21
       (select
        (i32.add
         (i32.load
          (i32.add
           (i32.const 21344000)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 21344064)
           (i32.shl
            (i32.load
             (i32.add
              (local.get $3)
              (i32.shl
               (i32.add
                (i32.mul
                 (local.get $6)
                 (i32.const 8)
                )
                (i32.const 2)
               )
               (i32.const 2)
              )
             )
            )
            (i32.const 2)
           )
          )
         )
        )
        (i32.const 0)
        (local.get $13)
       )
      )
      (local.set $14
       (i32.lt_s
        (i32.const 3)
        (local.get $10)
       )
      )
      (local.set $22
       (select
        (i32.add
         (i32.load
          (i32.add
           (i32.const 21344000)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 21344064)
           (i32.shl
            (i32.load
             (i32.add
              (local.get $3)
              (i32.shl
               (i32.add
                (i32.mul
                 (local.get $6)
                 (i32.const 8)
                )
                (i32.const 3)
               )
               (i32.const 2)
              )
             )
            )
            (i32.const 2)
           )
          )
         )
        )
        (i32.const 0)
        (local.get $14)
       )
      )
      (local.set $15
       (i32.lt_s
        (i32.const 4)
        (local.get $10)
       )
      )
      (local.set $23
       (select
        (i32.add
         (i32.load
          (i32.add
           (i32.const 21344000)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 21344064)
           (i32.shl
            (i32.load
             (i32.add
              (local.get $3)
              (i32.shl
               (i32.add
                (i32.mul
                 (local.get $6)
                 (i32.const 8)
                )
                (i32.const 4)
               )
               (i32.const 2)
              )
             )
            )
            (i32.const 2)
           )
          )
         )
        )
        (i32.const 0)
        (local.get $15)
       )
      )
      (local.set $16
       (i32.lt_s
        (i32.const 5)
        (local.get $10)
       )
      )
      (local.set $24
       (select
        (i32.add
         (i32.load
          (i32.add
           (i32.const 21344000)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 21344064)
           (i32.shl
            (i32.load
             (i32.add
              (local.get $3)
              (i32.shl
               (i32.add
                (i32.mul
                 (local.get $6)
                 (i32.const 8)
                )
                (i32.const 5)
               )
               (i32.const 2)
              )
             )
            )
            (i32.const 2)
           )
          )
         )
        )
        (i32.const 0)
        (local.get $16)
       )
      )
      (local.set $17
       (i32.lt_s
        (i32.const 6)
        (local.get $10)
       )
      )
      (local.set $25
       (select
        (i32.add
         (i32.load
          (i32.add
           (i32.const 21344000)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 21344064)
           (i32.shl
            (i32.load
             (i32.add
              (local.get $3)
              (i32.shl
               (i32.add
                (i32.mul
                 (local.get $6)
                 (i32.const 8)
                )
                (i32.const 6)
               )
               (i32.const 2)
              )
             )
            )
            (i32.const 2)
           )
          )
         )
        )
        (i32.const 0)
        (local.get $17)
       )
      )
      (local.set $18
       (i32.lt_s
        (i32.const 7)
        (local.get $10)
       )
      )
      (local.set $26
       (select
        (i32.add
         (i32.load
          (i32.add
           (i32.const 21344000)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 21344064)
           (i32.shl
            (i32.load
             (i32.add
              (local.get $3)
              (i32.shl
               (i32.add
                (i32.mul
                 (local.get $6)
                 (i32.const 8)
                )
                (i32.const 7)
               )
               (i32.const 2)
              )
             )
            )
            (i32.const 2)
           )
          )
         )
        )
        (i32.const 0)
        (local.get $18)
       )
      )
      (block $exit136
       (local.set $7
        (i32.const 0)
       )
       (local.set $28
        (local.get $2)
       )
       (br_if $exit136
        (i32.ge_s
         (local.get $7)
         (local.get $28)
        )
       )
       (loop $loop137
        (local.set $8
         (i32.load
          (i32.add
           (local.get $1)
           (i32.shl
            (local.get $7)
            (i32.const 2)
           )
          )
         )
        )
        (if
         (i32.and
          (i32.eq
           (local.get $10)
           (i32.const 8)
          )
          (i32.eq
           (i32.sub
            (local.get $26)
            (local.get $19)
           )
           (i32.const 7)
          )
         )
         (then
          (local.set $27
           (i32.add
            (i32.const 9895936)
            (i32.shl
             (i32.add
              (local.get $19)
              (i32.load
               (i32.add
                (i32.const 21347136)
                (i32.shl
                 (local.get $8)
                 (i32.const 2)
                )
               )
              )
             )
             (i32.const 2)
            )
           )
          )
          (v128.store align=4
           (local.get $9)
           (v128.load align=4
            (local.get $27)
           )
          )
          (v128.store offset=16 align=4
           (local.get $9)
           (v128.load offset=16 align=4
            (local.get $27)
           )
          )
         )
         (else
          (f32.store
           (local.get $9)
           (select
            (f32.load
             (i32.add
              (i32.const 9895936)
              (i32.shl
               (i32.add
                (local.get $19)
                (i32.load
                 (i32.add
                  (i32.const 21347136)
                  (i32.shl
                   (local.get $8)
                   (i32.const 2)
                  )
                 )
                )
               )
               (i32.const 2)
              )
             )
            )
            (f32.const 0)
            (local.get $11)
           )
          )
          (f32.store offset=4
           (local.get $9)
           (select
            (f32.load
             (i32.add
              (i32.const 9895936)
              (i32.shl
               (i32.add
                (local.get $20)
                (i32.load
                 (i32.add
                  (i32.const 21347136)
                  (i32.shl
                   (local.get $8)
                   (i32.const 2)
                  )
                 )
                )
               )
               (i32.const 2)
              )
             )
            )
            (f32.const 0)
            (local.get $12)
           )
          )
          (f32.store offset=8
           (local.get $9)
           (select
            (f32.load
             (i32.add
              (i32.const 9895936)
              (i32.shl
               (i32.add
                (local.get $21)
                (i32.load
                 (i32.add
                  (i32.const 21347136)
                  (i32.shl
                   (local.get $8)
                   (i32.const 2)
                  )
                 )
                )
               )
               (i32.const 2)
              )
             )
            )
            (f32.const 0)
            (local.get $13)
           )
          )
          (f32.store offset=12
           (local.get $9)
           (select
            (f32.load
             (i32.add
              (i32.const 9895936)
              (i32.shl
               (i32.add
                (local.get $22)
                (i32.load
                 (i32.add
                  (i32.const 21347136)
                  (i32.shl
                   (local.get $8)
                   (i32.const 2)
                  )
                 )
                )
               )
               (i32.const 2)
              )
             )
            )
            (f32.const 0)
            (local.get $14)
           )
          )
          (f32.store offset=16
           (local.get $9)
           (select
            (f32.load
             (i32.add
              (i32.const 9895936)
              (i32.shl
               (i32.add
                (local.get $23)
                (i32.load
                 (i32.add
                  (i32.const 21347136)
                  (i32.shl
                   (local.get $8)
                   (i32.const 2)
                  )
                 )
                )
               )
               (i32.const 2)
              )
             )
            )
            (f32.const 0)
            (local.get $15)
           )
          )
          (f32.store offset=20
           (local.get $9)
           (select
            (f32.load
             (i32.add
              (i32.const 9895936)
              (i32.shl
               (i32.add
                (local.get $24)
                (i32.load
                 (i32.add
                  (i32.const 21347136)
                  (i32.shl
                   (local.get $8)
                   (i32.const 2)
                  )
                 )
                )
               )
               (i32.const 2)
              )
             )
            )
            (f32.const 0)
            (local.get $16)
           )
          )
          (f32.store offset=24
           (local.get $9)
           (select
            (f32.load
             (i32.add
              (i32.const 9895936)
              (i32.shl
               (i32.add
                (local.get $25)
                (i32.load
                 (i32.add
                  (i32.const 21347136)
                  (i32.shl
                   (local.get $8)
                   (i32.const 2)
                  )
                 )
                )
               )
               (i32.const 2)
              )
             )
            )
            (f32.const 0)
            (local.get $17)
           )
          )
          (f32.store offset=28
           (local.get $9)
           (select
            (f32.load
             (i32.add
              (i32.const 9895936)
              (i32.shl
               (i32.add
                (local.get $26)
                (i32.load
                 (i32.add
                  (i32.const 21347136)
                  (i32.shl
                   (local.get $8)
                   (i32.const 2)
                  )
                 )
                )
               )
               (i32.const 2)
              )
             )
            )
            (f32.const 0)
            (local.get $18)
           )
          )
         )
        )
        (local.set $9
         (i32.add
          (local.get $9)
          (i32.const 32)
         )
        )
        (local.set $7
         (i32.add
          (local.get $7)
          (i32.const 1)
         )
        )
        (br_if $loop137
         (i32.lt_s
          (local.get $7)
          (local.get $28)
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
      (br_if $loop139
       (i32.lt_s
        (local.get $6)
        (local.get $29)
       )
      )
     )
    )
   )
  )
 )
 (func $op2 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32)
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
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
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
  (local $48 i32)
  (local $49 i32)
  (local $50 i32)
  (local $51 i32)
  (local $52 i32)
  (local $53 i32)
  (local $54 i32)
  (local.set $33
   (local.get $4)
  )
  (local.set $34
   (i32.add
    (local.get $4)
    (i32.const 65536)
   )
  )
  (local.set $35
   (i32.add
    (local.get $34)
    (i32.const 524288)
   )
  )
  (local.set $36
   (i32.add
    (local.get $35)
    (i32.const 16)
   )
  )
  (local.set $37
   (i32.add
    (local.get $36)
    (i32.const 128)
   )
  )
  (block $exit174
   (local.set $7
    (i32.const 0)
   )
   (local.set $54
    (local.get $1)
   )
   (br_if $exit174
    (i32.ge_s
     (local.get $7)
     (local.get $54)
    )
   )
   (loop $loop175
    (local.set $8
     (i32.add
      (local.get $0)
      (i32.mul
       (local.get $7)
       (i32.const 52)
      )
     )
    )
    (local.set $9
     (i32.load
      (local.get $8)
     )
    )
    (local.set $10
     (i32.load offset=4
      (local.get $8)
     )
    )
    (local.set $11
     (i32.load offset=8
      (local.get $8)
     )
    )
    (local.set $12
     (i32.load offset=12
      (local.get $8)
     )
    )
    (local.set $13
     (i32.load offset=16
      (local.get $8)
     )
    )
    (local.set $14
     (i32.load offset=20
      (local.get $8)
     )
    )
    (local.set $15
     (i32.load offset=24
      (local.get $8)
     )
    )
    (local.set $16
     (i32.const 0)
    )
    (block $exit168
     (local.set $31
      (i32.const 0)
     )
     (local.set $51
      (local.get $15)
     )
     (br_if $exit168
      (i32.ge_s
       (local.get $31)
       (local.get $51)
      )
     )
     (loop $loop169
      (if
       (i32.lt_s
        (i32.load
         (i32.add
          (local.get $14)
          (i32.shl
           (local.get $31)
           (i32.const 2)
          )
         )
        )
        (local.get $2)
       )
       (then
        (local.set $16
         (i32.add
          (local.get $31)
          (i32.const 1)
         )
        )
       )
      )
      (local.set $31
       (i32.add
        (local.get $31)
        (i32.const 1)
       )
      )
      (br_if $loop169
       (i32.lt_s
        (local.get $31)
        (local.get $51)
       )
      )
     )
    )
    (local.set $17
     (local.get $16)
    )
    (block $exit170
     (local.set $31
      (local.get $16)
     )
     (local.set $52
      (local.get $15)
     )
     (br_if $exit170
      (i32.ge_s
       (local.get $31)
       (local.get $52)
      )
     )
     (loop $loop171
      (if
       (i32.lt_s
        (i32.load
         (i32.add
          (local.get $14)
          (i32.shl
           (local.get $31)
           (i32.const 2)
          )
         )
        )
        (local.get $3)
       )
       (then
        (local.set $17
         (i32.add
          (local.get $31)
          (i32.const 1)
         )
        )
       )
      )
      (local.set $31
       (i32.add
        (local.get $31)
        (i32.const 1)
       )
      )
      (br_if $loop171
       (i32.lt_s
        (local.get $31)
        (local.get $52)
       )
      )
     )
    )
    (block $exit172
     (local.set $19
      (local.get $16)
     )
     (local.set $53
      (local.get $17)
     )
     (br_if $exit172
      (i32.ge_s
       (local.get $19)
       (local.get $53)
      )
     )
     (loop $loop173
      (local.set $20
       (select
        (i32.const 512)
        (i32.sub
         (local.get $17)
         (local.get $19)
        )
        (i32.lt_s
         (i32.const 512)
         (i32.sub
          (local.get $17)
          (local.get $19)
         )
        )
       )
      )
      (block $exit166
       (local.set $21
        (i32.const 0)
       )
       (local.set $50
        (local.get $13)
       )
       (br_if $exit166
        (i32.ge_s
         (local.get $21)
         (local.get $50)
        )
       )
       (loop $loop167
        (local.set $22
         (select
          (i32.const 256)
          (i32.sub
           (local.get $13)
           (local.get $21)
          )
          (i32.lt_s
           (i32.const 256)
           (i32.sub
            (local.get $13)
            (local.get $21)
           )
          )
         )
        )
        (local.set $38
         (i32.and
          (local.get $5)
          (i32.eqz
           (local.get $21)
          )
         )
        )
        (local.set $18
         (i32.and
          (local.get $6)
          (i32.ge_s
           (i32.add
            (local.get $21)
            (local.get $22)
           )
           (local.get $13)
          )
         )
        )
        (call $op2_packB
         (local.get $34)
         (i32.add
          (local.get $12)
          (i32.shl
           (local.get $21)
           (i32.const 2)
          )
         )
         (local.get $22)
         (i32.add
          (local.get $14)
          (i32.shl
           (local.get $19)
           (i32.const 2)
          )
         )
         (local.get $20)
         (local.get $9)
        )
        (block $exit164
         (local.set $23
          (i32.const 0)
         )
         (local.set $49
          (local.get $11)
         )
         (br_if $exit164
          (i32.ge_s
           (local.get $23)
           (local.get $49)
          )
         )
         (loop $loop165
          (local.set $24
           (select
            (i32.const 64)
            (i32.sub
             (local.get $11)
             (local.get $23)
            )
            (i32.lt_s
             (i32.const 64)
             (i32.sub
              (local.get $11)
              (local.get $23)
             )
            )
           )
          )
          (call $op2_packA
           (local.get $33)
           (i32.add
            (local.get $10)
            (i32.shl
             (local.get $23)
             (i32.const 2)
            )
           )
           (local.get $24)
           (i32.add
            (local.get $12)
            (i32.shl
             (local.get $21)
             (i32.const 2)
            )
           )
           (local.get $22)
           (local.get $9)
          )
          (block $exit162
           (local.set $25
            (i32.const 0)
           )
           (local.set $48
            (i32.div_s
             (i32.add
              (local.get $20)
              (i32.const 7)
             )
             (i32.const 8)
            )
           )
           (br_if $exit162
            (i32.ge_s
             (local.get $25)
             (local.get $48)
            )
           )
           (loop $loop163
            (local.set $27
             (i32.add
              (local.get $19)
              (i32.mul
               (local.get $25)
               (i32.const 8)
              )
             )
            )
            (local.set $28
             (select
              (i32.const 8)
              (i32.sub
               (local.get $20)
               (i32.mul
                (local.get $25)
                (i32.const 8)
               )
              )
              (i32.lt_s
               (i32.const 8)
               (i32.sub
                (local.get $20)
                (i32.mul
                 (local.get $25)
                 (i32.const 8)
                )
               )
              )
             )
            )
            (local.set $29
             (i32.and
              (i32.eq
               (local.get $28)
               (i32.const 8)
              )
              (i32.eq
               (i32.sub
                (i32.load
                 (i32.add
                  (local.get $14)
                  (i32.shl
                   (i32.add
                    (local.get $27)
                    (i32.const 7)
                   )
                   (i32.const 2)
                  )
                 )
                )
                (i32.load
                 (i32.add
                  (local.get $14)
                  (i32.shl
                   (local.get $27)
                   (i32.const 2)
                  )
                 )
                )
               )
               (i32.const 7)
              )
             )
            )
            (block $exit160
             (local.set $26
              (i32.const 0)
             )
             (local.set $47
              (i32.div_s
               (i32.add
                (local.get $24)
                (i32.const 3)
               )
               (i32.const 4)
              )
             )
             (br_if $exit160
              (i32.ge_s
               (local.get $26)
               (local.get $47)
              )
             )
             (loop $loop161
              (if
               (local.get $29)
               (then
                (i32.store
                 (local.get $35)
                 (select
                  (i32.add
                   (i32.const 20905984)
                   (i32.shl
                    (i32.add
                     (i32.add
                      (i32.load
                       (i32.add
                        (i32.const 21359424)
                        (i32.shl
                         (local.get $9)
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.load
                       (i32.add
                        (i32.const 21359488)
                        (i32.shl
                         (i32.load
                          (i32.add
                           (local.get $10)
                           (i32.shl
                            (i32.add
                             (i32.add
                              (local.get $23)
                              (i32.mul
                               (local.get $26)
                               (i32.const 4)
                              )
                             )
                             (i32.const 0)
                            )
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.const 2)
                        )
                       )
                      )
                     )
                     (i32.load
                      (i32.add
                       (i32.const 21360000)
                       (i32.shl
                        (i32.load
                         (i32.add
                          (local.get $14)
                          (i32.shl
                           (i32.add
                            (local.get $27)
                            (i32.const 0)
                           )
                           (i32.const 2)
                          )
                         )
                        )
                        (i32.const 2)
                       )
                      )
                     )
                    )
                    (i32.const 2)
                   )
                  )
                  (local.get $37)
                  (i32.lt_s
                   (i32.add
                    (i32.mul
                     (local.get $26)
                     (i32.const 4)
                    )
                    (i32.const 0)
                   )
                   (local.get $24)
                  )
                 )
                )
                (i32.store offset=4
                 (local.get $35)
                 (select
                  (i32.add
                   (i32.const 20905984)
                   (i32.shl
                    (i32.add
                     (i32.add
                      (i32.load
                       (i32.add
                        (i32.const 21359424)
                        (i32.shl
                         (local.get $9)
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.load
                       (i32.add
                        (i32.const 21359488)
                        (i32.shl
                         (i32.load
                          (i32.add
                           (local.get $10)
                           (i32.shl
                            (i32.add
                             (i32.add
                              (local.get $23)
                              (i32.mul
                               (local.get $26)
                               (i32.const 4)
                              )
                             )
                             (i32.const 1)
                            )
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.const 2)
                        )
                       )
                      )
                     )
                     (i32.load
                      (i32.add
                       (i32.const 21360000)
                       (i32.shl
                        (i32.load
                         (i32.add
                          (local.get $14)
                          (i32.shl
                           (i32.add
                            (local.get $27)
                            (i32.const 0)
                           )
                           (i32.const 2)
                          )
                         )
                        )
                        (i32.const 2)
                       )
                      )
                     )
                    )
                    (i32.const 2)
                   )
                  )
                  (local.get $37)
                  (i32.lt_s
                   (i32.add
                    (i32.mul
                     (local.get $26)
                     (i32.const 4)
                    )
                    (i32.const 1)
                   )
                   (local.get $24)
                  )
                 )
                )
                (i32.store offset=8
                 (local.get $35)
                 (select
                  (i32.add
                   (i32.const 20905984)
                   (i32.shl
                    (i32.add
                     (i32.add
                      (i32.load
                       (i32.add
                        (i32.const 21359424)
                        (i32.shl
                         (local.get $9)
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.load
                       (i32.add
                        (i32.const 21359488)
                        (i32.shl
                         (i32.load
                          (i32.add
                           (local.get $10)
                           (i32.shl
                            (i32.add
                             (i32.add
                              (local.get $23)
                              (i32.mul
                               (local.get $26)
                               (i32.const 4)
                              )
                             )
                             (i32.const 2)
                            )
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.const 2)
                        )
                       )
                      )
                     )
                     (i32.load
                      (i32.add
                       (i32.const 21360000)
                       (i32.shl
                        (i32.load
                         (i32.add
                          (local.get $14)
                          (i32.shl
                           (i32.add
                            (local.get $27)
                            (i32.const 0)
                           )
                           (i32.const 2)
                          )
                         )
                        )
                        (i32.const 2)
                       )
                      )
                     )
                    )
                    (i32.const 2)
                   )
                  )
                  (local.get $37)
                  (i32.lt_s
                   (i32.add
                    (i32.mul
                     (local.get $26)
                     (i32.const 4)
                    )
                    (i32.const 2)
                   )
                   (local.get $24)
                  )
                 )
                )
                (i32.store offset=12
                 (local.get $35)
                 (select
                  (i32.add
                   (i32.const 20905984)
                   (i32.shl
                    (i32.add
                     (i32.add
                      (i32.load
                       (i32.add
                        (i32.const 21359424)
                        (i32.shl
                         (local.get $9)
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.load
                       (i32.add
                        (i32.const 21359488)
                        (i32.shl
                         (i32.load
                          (i32.add
                           (local.get $10)
                           (i32.shl
                            (i32.add
                             (i32.add
                              (local.get $23)
                              (i32.mul
                               (local.get $26)
                               (i32.const 4)
                              )
                             )
                             (i32.const 3)
                            )
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.const 2)
                        )
                       )
                      )
                     )
                     (i32.load
                      (i32.add
                       (i32.const 21360000)
                       (i32.shl
                        (i32.load
                         (i32.add
                          (local.get $14)
                          (i32.shl
                           (i32.add
                            (local.get $27)
                            (i32.const 0)
                           )
                           (i32.const 2)
                          )
                         )
                        )
                        (i32.const 2)
                       )
                      )
                     )
                    )
                    (i32.const 2)
                   )
                  )
                  (local.get $37)
                  (i32.lt_s
                   (i32.add
                    (i32.mul
                     (local.get $26)
                     (i32.const 4)
                    )
                    (i32.const 3)
                   )
                   (local.get $24)
                  )
                 )
                )
                (if
                 (local.get $38)
                 (then
                  (v128.store align=4
                   (i32.load
                    (local.get $35)
                   )
                   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                  )
                  (v128.store offset=16 align=4
                   (i32.load
                    (local.get $35)
                   )
                   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                  )
                  (v128.store align=4
                   (i32.load offset=4
                    (local.get $35)
                   )
                   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                  )
                  (v128.store offset=16 align=4
                   (i32.load offset=4
                    (local.get $35)
                   )
                   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                  )
                  (v128.store align=4
                   (i32.load offset=8
                    (local.get $35)
                   )
                   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                  )
                  (v128.store offset=16 align=4
                   (i32.load offset=8
                    (local.get $35)
                   )
                   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                  )
                  (v128.store align=4
                   (i32.load offset=12
                    (local.get $35)
                   )
                   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                  )
                  (v128.store offset=16 align=4
                   (i32.load offset=12
                    (local.get $35)
                   )
                   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                  )
                 )
                )
                (call $microkernel_4x8
                 (i32.add
                  (local.get $33)
                  (i32.mul
                   (local.get $26)
                   (i32.mul
                    (local.get $22)
                    (i32.const 16)
                   )
                  )
                 )
                 (i32.add
                  (local.get $34)
                  (i32.mul
                   (local.get $25)
                   (i32.mul
                    (local.get $22)
                    (i32.const 32)
                   )
                  )
                 )
                 (local.get $22)
                 (local.get $35)
                )
               )
               (else
                (i32.store
                 (local.get $35)
                 (i32.add
                  (local.get $36)
                  (i32.const 0)
                 )
                )
                (local.set $32
                 (i32.lt_s
                  (i32.add
                   (i32.mul
                    (local.get $26)
                    (i32.const 4)
                   )
                   (i32.const 0)
                  )
                  (local.get $24)
                 )
                )
                (local.set $30
                 (select
                  (i32.add
                   (i32.load
                    (i32.add
                     (i32.const 21359424)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 21359488)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (local.get $10)
                        (i32.shl
                         (i32.add
                          (i32.add
                           (local.get $23)
                           (i32.mul
                            (local.get $26)
                            (i32.const 4)
                           )
                          )
                          (i32.const 0)
                         )
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.const 2)
                     )
                    )
                   )
                  )
                  (i32.const 0)
                  (local.get $32)
                 )
                )
                (block $exit144
                 (local.set $31
                  (i32.const 0)
                 )
                 (local.set $39
                  (i32.const 8)
                 )
                 (br_if $exit144
                  (i32.ge_s
                   (local.get $31)
                   (local.get $39)
                  )
                 )
                 (loop $loop145
                  (f32.store
                   (i32.add
                    (local.get $36)
                    (i32.add
                     (i32.const 0)
                     (i32.shl
                      (local.get $31)
                      (i32.const 2)
                     )
                    )
                   )
                   (select
                    (f32.load
                     (i32.add
                      (i32.const 20905984)
                      (i32.shl
                       (i32.add
                        (local.get $30)
                        (i32.load
                         (i32.add
                          (i32.const 21360000)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (local.get $14)
                             (i32.shl
                              (i32.add
                               (local.get $27)
                               (local.get $31)
                              )
                              (i32.const 2)
                             )
                            )
                           )
                           (i32.const 2)
                          )
                         )
                        )
                       )
                       (i32.const 2)
                      )
                     )
                    )
                    (f32.const 0)
                    (i32.and
                     (i32.and
                      (local.get $32)
                      (i32.lt_s
                       (local.get $31)
                       (local.get $28)
                      )
                     )
                     (i32.eqz
                      (local.get $38)
                     )
                    )
                   )
                  )
                  (local.set $31
                   (i32.add
                    (local.get $31)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop145
                   (i32.lt_s
                    (local.get $31)
                    (local.get $39)
                   )
                  )
                 )
                )
                (i32.store offset=4
                 (local.get $35)
                 (i32.add
                  (local.get $36)
                  (i32.const 32)
                 )
                )
                (local.set $32
                 (i32.lt_s
                  (i32.add
                   (i32.mul
                    (local.get $26)
                    (i32.const 4)
                   )
                   (i32.const 1)
                  )
                  (local.get $24)
                 )
                )
                (local.set $30
                 (select
                  (i32.add
                   (i32.load
                    (i32.add
                     (i32.const 21359424)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 21359488)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (local.get $10)
                        (i32.shl
                         (i32.add
                          (i32.add
                           (local.get $23)
                           (i32.mul
                            (local.get $26)
                            (i32.const 4)
                           )
                          )
                          (i32.const 1)
                         )
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.const 2)
                     )
                    )
                   )
                  )
                  (i32.const 0)
                  (local.get $32)
                 )
                )
                (block $exit148
                 (local.set $31
                  (i32.const 0)
                 )
                 (local.set $41
                  (i32.const 8)
                 )
                 (br_if $exit148
                  (i32.ge_s
                   (local.get $31)
                   (local.get $41)
                  )
                 )
                 (loop $loop149
                  (f32.store
                   (i32.add
                    (local.get $36)
                    (i32.add
                     (i32.const 32)
                     (i32.shl
                      (local.get $31)
                      (i32.const 2)
                     )
                    )
                   )
                   (select
                    (f32.load
                     (i32.add
                      (i32.const 20905984)
                      (i32.shl
                       (i32.add
                        (local.get $30)
                        (i32.load
                         (i32.add
                          (i32.const 21360000)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (local.get $14)
                             (i32.shl
                              (i32.add
                               (local.get $27)
                               (local.get $31)
                              )
                              (i32.const 2)
                             )
                            )
                           )
                           (i32.const 2)
                          )
                         )
                        )
                       )
                       (i32.const 2)
                      )
                     )
                    )
                    (f32.const 0)
                    (i32.and
                     (i32.and
                      (local.get $32)
                      (i32.lt_s
                       (local.get $31)
                       (local.get $28)
                      )
                     )
                     (i32.eqz
                      (local.get $38)
                     )
                    )
                   )
                  )
                  (local.set $31
                   (i32.add
                    (local.get $31)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop149
                   (i32.lt_s
                    (local.get $31)
                    (local.get $41)
                   )
                  )
                 )
                )
                (i32.store offset=8
                 (local.get $35)
                 (i32.add
                  (local.get $36)
                  (i32.const 64)
                 )
                )
                (local.set $32
                 (i32.lt_s
                  (i32.add
                   (i32.mul
                    (local.get $26)
                    (i32.const 4)
                   )
                   (i32.const 2)
                  )
                  (local.get $24)
                 )
                )
                (local.set $30
                 (select
                  (i32.add
                   (i32.load
                    (i32.add
                     (i32.const 21359424)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 21359488)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (local.get $10)
                        (i32.shl
                         (i32.add
                          (i32.add
                           (local.get $23)
                           (i32.mul
                            (local.get $26)
                            (i32.const 4)
                           )
                          )
                          (i32.const 2)
                         )
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.const 2)
                     )
                    )
                   )
                  )
                  (i32.const 0)
                  (local.get $32)
                 )
                )
                (block $exit152
                 (local.set $31
                  (i32.const 0)
                 )
                 (local.set $43
                  (i32.const 8)
                 )
                 (br_if $exit152
                  (i32.ge_s
                   (local.get $31)
                   (local.get $43)
                  )
                 )
                 (loop $loop153
                  (f32.store
                   (i32.add
                    (local.get $36)
                    (i32.add
                     (i32.const 64)
                     (i32.shl
                      (local.get $31)
                      (i32.const 2)
                     )
                    )
                   )
                   (select
                    (f32.load
                     (i32.add
                      (i32.const 20905984)
                      (i32.shl
                       (i32.add
                        (local.get $30)
                        (i32.load
                         (i32.add
                          (i32.const 21360000)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (local.get $14)
                             (i32.shl
                              (i32.add
                               (local.get $27)
                               (local.get $31)
                              )
                              (i32.const 2)
                             )
                            )
                           )
                           (i32.const 2)
                          )
                         )
                        )
                       )
                       (i32.const 2)
                      )
                     )
                    )
                    (f32.const 0)
                    (i32.and
                     (i32.and
                      (local.get $32)
                      (i32.lt_s
                       (local.get $31)
                       (local.get $28)
                      )
                     )
                     (i32.eqz
                      (local.get $38)
                     )
                    )
                   )
                  )
                  (local.set $31
                   (i32.add
                    (local.get $31)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop153
                   (i32.lt_s
                    (local.get $31)
                    (local.get $43)
                   )
                  )
                 )
                )
                (i32.store offset=12
                 (local.get $35)
                 (i32.add
                  (local.get $36)
                  (i32.const 96)
                 )
                )
                (local.set $32
                 (i32.lt_s
                  (i32.add
                   (i32.mul
                    (local.get $26)
                    (i32.const 4)
                   )
                   (i32.const 3)
                  )
                  (local.get $24)
                 )
                )
                (local.set $30
                 (select
                  (i32.add
                   (i32.load
                    (i32.add
                     (i32.const 21359424)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 21359488)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (local.get $10)
                        (i32.shl
                         (i32.add
                          (i32.add
                           (local.get $23)
                           (i32.mul
                            (local.get $26)
                            (i32.const 4)
                           )
                          )
                          (i32.const 3)
                         )
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.const 2)
                     )
                    )
                   )
                  )
                  (i32.const 0)
                  (local.get $32)
                 )
                )
                (block $exit156
                 (local.set $31
                  (i32.const 0)
                 )
                 (local.set $45
                  (i32.const 8)
                 )
                 (br_if $exit156
                  (i32.ge_s
                   (local.get $31)
                   (local.get $45)
                  )
                 )
                 (loop $loop157
                  (f32.store
                   (i32.add
                    (local.get $36)
                    (i32.add
                     (i32.const 96)
                     (i32.shl
                      (local.get $31)
                      (i32.const 2)
                     )
                    )
                   )
                   (select
                    (f32.load
                     (i32.add
                      (i32.const 20905984)
                      (i32.shl
                       (i32.add
                        (local.get $30)
                        (i32.load
                         (i32.add
                          (i32.const 21360000)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (local.get $14)
                             (i32.shl
                              (i32.add
                               (local.get $27)
                               (local.get $31)
                              )
                              (i32.const 2)
                             )
                            )
                           )
                           (i32.const 2)
                          )
                         )
                        )
                       )
                       (i32.const 2)
                      )
                     )
                    )
                    (f32.const 0)
                    (i32.and
                     (i32.and
                      (local.get $32)
                      (i32.lt_s
                       (local.get $31)
                       (local.get $28)
                      )
                     )
                     (i32.eqz
                      (local.get $38)
                     )
                    )
                   )
                  )
                  (local.set $31
                   (i32.add
                    (local.get $31)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop157
                   (i32.lt_s
                    (local.get $31)
                    (local.get $45)
                   )
                  )
                 )
                )
                (call $microkernel_4x8
                 (i32.add
                  (local.get $33)
                  (i32.mul
                   (local.get $26)
                   (i32.mul
                    (local.get $22)
                    (i32.const 16)
                   )
                  )
                 )
                 (i32.add
                  (local.get $34)
                  (i32.mul
                   (local.get $25)
                   (i32.mul
                    (local.get $22)
                    (i32.const 32)
                   )
                  )
                 )
                 (local.get $22)
                 (local.get $35)
                )
                (local.set $32
                 (i32.lt_s
                  (i32.add
                   (i32.mul
                    (local.get $26)
                    (i32.const 4)
                   )
                   (i32.const 0)
                  )
                  (local.get $24)
                 )
                )
                (local.set $30
                 (select
                  (i32.add
                   (i32.load
                    (i32.add
                     (i32.const 21359424)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 21359488)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (local.get $10)
                        (i32.shl
                         (i32.add
                          (i32.add
                           (local.get $23)
                           (i32.mul
                            (local.get $26)
                            (i32.const 4)
                           )
                          )
                          (i32.const 0)
                         )
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.const 2)
                     )
                    )
                   )
                  )
                  (i32.const 0)
                  (local.get $32)
                 )
                )
                (block $exit146
                 (local.set $31
                  (i32.const 0)
                 )
                 (local.set $40
                  (local.get $28)
                 )
                 (br_if $exit146
                  (i32.ge_s
                   (local.get $31)
                   (local.get $40)
                  )
                 )
                 (loop $loop147
                  (if
                   (local.get $32)
                   (then
                    (f32.store
                     (i32.add
                      (i32.const 20905984)
                      (i32.shl
                       (i32.add
                        (local.get $30)
                        (i32.load
                         (i32.add
                          (i32.const 21360000)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (local.get $14)
                             (i32.shl
                              (i32.add
                               (local.get $27)
                               (local.get $31)
                              )
                              (i32.const 2)
                             )
                            )
                           )
                           (i32.const 2)
                          )
                         )
                        )
                       )
                       (i32.const 2)
                      )
                     )
                     (f32.load
                      (i32.add
                       (local.get $36)
                       (i32.add
                        (i32.const 0)
                        (i32.shl
                         (local.get $31)
                         (i32.const 2)
                        )
                       )
                      )
                     )
                    )
                   )
                  )
                  (local.set $31
                   (i32.add
                    (local.get $31)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop147
                   (i32.lt_s
                    (local.get $31)
                    (local.get $40)
                   )
                  )
                 )
                )
                (local.set $32
                 (i32.lt_s
                  (i32.add
                   (i32.mul
                    (local.get $26)
                    (i32.const 4)
                   )
                   (i32.const 1)
                  )
                  (local.get $24)
                 )
                )
                (local.set $30
                 (select
                  (i32.add
                   (i32.load
                    (i32.add
                     (i32.const 21359424)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 21359488)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (local.get $10)
                        (i32.shl
                         (i32.add
                          (i32.add
                           (local.get $23)
                           (i32.mul
                            (local.get $26)
                            (i32.const 4)
                           )
                          )
                          (i32.const 1)
                         )
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.const 2)
                     )
                    )
                   )
                  )
                  (i32.const 0)
                  (local.get $32)
                 )
                )
                (block $exit150
                 (local.set $31
                  (i32.const 0)
                 )
                 (local.set $42
                  (local.get $28)
                 )
                 (br_if $exit150
                  (i32.ge_s
                   (local.get $31)
                   (local.get $42)
                  )
                 )
                 (loop $loop151
                  (if
                   (local.get $32)
                   (then
                    (f32.store
                     (i32.add
                      (i32.const 20905984)
                      (i32.shl
                       (i32.add
                        (local.get $30)
                        (i32.load
                         (i32.add
                          (i32.const 21360000)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (local.get $14)
                             (i32.shl
                              (i32.add
                               (local.get $27)
                               (local.get $31)
                              )
                              (i32.const 2)
                             )
                            )
                           )
                           (i32.const 2)
                          )
                         )
                        )
                       )
                       (i32.const 2)
                      )
                     )
                     (f32.load
                      (i32.add
                       (local.get $36)
                       (i32.add
                        (i32.const 32)
                        (i32.shl
                         (local.get $31)
                         (i32.const 2)
                        )
                       )
                      )
                     )
                    )
                   )
                  )
                  (local.set $31
                   (i32.add
                    (local.get $31)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop151
                   (i32.lt_s
                    (local.get $31)
                    (local.get $42)
                   )
                  )
                 )
                )
                (local.set $32
                 (i32.lt_s
                  (i32.add
                   (i32.mul
                    (local.get $26)
                    (i32.const 4)
                   )
                   (i32.const 2)
                  )
                  (local.get $24)
                 )
                )
                (local.set $30
                 (select
                  (i32.add
                   (i32.load
                    (i32.add
                     (i32.const 21359424)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 21359488)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (local.get $10)
                        (i32.shl
                         (i32.add
                          (i32.add
                           (local.get $23)
                           (i32.mul
                            (local.get $26)
                            (i32.const 4)
                           )
                          )
                          (i32.const 2)
                         )
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.const 2)
                     )
                    )
                   )
                  )
                  (i32.const 0)
                  (local.get $32)
                 )
                )
                (block $exit154
                 (local.set $31
                  (i32.const 0)
                 )
                 (local.set $44
                  (local.get $28)
                 )
                 (br_if $exit154
                  (i32.ge_s
                   (local.get $31)
                   (local.get $44)
                  )
                 )
                 (loop $loop155
                  (if
                   (local.get $32)
                   (then
                    (f32.store
                     (i32.add
                      (i32.const 20905984)
                      (i32.shl
                       (i32.add
                        (local.get $30)
                        (i32.load
                         (i32.add
                          (i32.const 21360000)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (local.get $14)
                             (i32.shl
                              (i32.add
                               (local.get $27)
                               (local.get $31)
                              )
                              (i32.const 2)
                             )
                            )
                           )
                           (i32.const 2)
                          )
                         )
                        )
                       )
                       (i32.const 2)
                      )
                     )
                     (f32.load
                      (i32.add
                       (local.get $36)
                       (i32.add
                        (i32.const 64)
                        (i32.shl
                         (local.get $31)
                         (i32.const 2)
                        )
                       )
                      )
                     )
                    )
                   )
                  )
                  (local.set $31
                   (i32.add
                    (local.get $31)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop155
                   (i32.lt_s
                    (local.get $31)
                    (local.get $44)
                   )
                  )
                 )
                )
                (local.set $32
                 (i32.lt_s
                  (i32.add
                   (i32.mul
                    (local.get $26)
                    (i32.const 4)
                   )
                   (i32.const 3)
                  )
                  (local.get $24)
                 )
                )
                (local.set $30
                 (select
                  (i32.add
                   (i32.load
                    (i32.add
                     (i32.const 21359424)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 21359488)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (local.get $10)
                        (i32.shl
                         (i32.add
                          (i32.add
                           (local.get $23)
                           (i32.mul
                            (local.get $26)
                            (i32.const 4)
                           )
                          )
                          (i32.const 3)
                         )
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.const 2)
                     )
                    )
                   )
                  )
                  (i32.const 0)
                  (local.get $32)
                 )
                )
                (block $exit158
                 (local.set $31
                  (i32.const 0)
                 )
                 (local.set $46
                  (local.get $28)
                 )
                 (br_if $exit158
                  (i32.ge_s
                   (local.get $31)
                   (local.get $46)
                  )
                 )
                 (loop $loop159
                  (if
                   (local.get $32)
                   (then
                    (f32.store
                     (i32.add
                      (i32.const 20905984)
                      (i32.shl
                       (i32.add
                        (local.get $30)
                        (i32.load
                         (i32.add
                          (i32.const 21360000)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (local.get $14)
                             (i32.shl
                              (i32.add
                               (local.get $27)
                               (local.get $31)
                              )
                              (i32.const 2)
                             )
                            )
                           )
                           (i32.const 2)
                          )
                         )
                        )
                       )
                       (i32.const 2)
                      )
                     )
                     (f32.load
                      (i32.add
                       (local.get $36)
                       (i32.add
                        (i32.const 96)
                        (i32.shl
                         (local.get $31)
                         (i32.const 2)
                        )
                       )
                      )
                     )
                    )
                   )
                  )
                  (local.set $31
                   (i32.add
                    (local.get $31)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop159
                   (i32.lt_s
                    (local.get $31)
                    (local.get $46)
                   )
                  )
                 )
                )
               )
              )
              (local.set $26
               (i32.add
                (local.get $26)
                (i32.const 1)
               )
              )
              (br_if $loop161
               (i32.lt_s
                (local.get $26)
                (local.get $47)
               )
              )
             )
            )
            (local.set $25
             (i32.add
              (local.get $25)
              (i32.const 1)
             )
            )
            (br_if $loop163
             (i32.lt_s
              (local.get $25)
              (local.get $48)
             )
            )
           )
          )
          (local.set $23
           (i32.add
            (local.get $23)
            (i32.const 64)
           )
          )
          (br_if $loop165
           (i32.lt_s
            (local.get $23)
            (local.get $49)
           )
          )
         )
        )
        (local.set $21
         (i32.add
          (local.get $21)
          (i32.const 256)
         )
        )
        (br_if $loop167
         (i32.lt_s
          (local.get $21)
          (local.get $50)
         )
        )
       )
      )
      (local.set $19
       (i32.add
        (local.get $19)
        (i32.const 512)
       )
      )
      (br_if $loop173
       (i32.lt_s
        (local.get $19)
        (local.get $53)
       )
      )
     )
    )
    (local.set $7
     (i32.add
      (local.get $7)
      (i32.const 1)
     )
    )
    (br_if $loop175
     (i32.lt_s
      (local.get $7)
      (local.get $54)
     )
    )
   )
  )
 )
 (func $op2_claim (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (block $exit176
   (local.set $10
    (i32.const 0)
   )
   (local.set $12
    (local.get $1)
   )
   (br_if $exit176
    (i32.ge_s
     (local.get $10)
     (local.get $12)
    )
   )
   (loop $loop177
    (local.set $9
     (i32.load
      (local.get $3)
     )
    )
    (i32.store
     (local.get $3)
     (i32.add
      (local.get $9)
      (i32.const 1)
     )
    )
    (local.set $11
     (i32.mul
      (local.get $9)
      (local.get $2)
     )
    )
    (if
     (i32.ge_s
      (local.get $11)
      (local.get $1)
     )
     (then
      (local.set $10
       (local.get $1)
      )
     )
     (else
      (call $op2
       (i32.add
        (local.get $0)
        (i32.mul
         (local.get $11)
         (i32.const 52)
        )
       )
       (select
        (local.get $2)
        (i32.sub
         (local.get $1)
         (local.get $11)
        )
        (i32.lt_s
         (local.get $2)
         (i32.sub
          (local.get $1)
          (local.get $11)
         )
        )
       )
       (local.get $4)
       (local.get $5)
       (local.get $6)
       (local.get $7)
       (local.get $8)
      )
     )
    )
    (local.set $10
     (i32.add
      (local.get $10)
      (i32.const 1)
     )
    )
    (br_if $loop177
     (i32.lt_s
      (local.get $10)
      (local.get $12)
     )
    )
   )
  )
 )
 (func $op2_prepack (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (block $exit178
   (local.set $2
    (i32.const 0)
   )
   (local.set $4
    (local.get $1)
   )
   (br_if $exit178
    (i32.ge_s
     (local.get $2)
     (local.get $4)
    )
   )
   (loop $loop179
    (local.set $3
     (i32.add
      (local.get $0)
      (i32.mul
       (local.get $2)
       (i32.const 52)
      )
     )
    )
    (if
     (i32.eqz
      (i32.load offset=48
       (local.get $3)
      )
     )
     (then
      (call $op2_packA
       (i32.load offset=28
        (local.get $3)
       )
       (i32.load offset=4
        (local.get $3)
       )
       (i32.load offset=8
        (local.get $3)
       )
       (i32.load offset=12
        (local.get $3)
       )
       (i32.load offset=16
        (local.get $3)
       )
       (i32.load
        (local.get $3)
       )
      )
     )
    )
    (local.set $2
     (i32.add
      (local.get $2)
      (i32.const 1)
     )
    )
    (br_if $loop179
     (i32.lt_s
      (local.get $2)
      (local.get $4)
     )
    )
   )
  )
 )
 (func $op2_shared (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
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
  (local $48 i32)
  (local $49 i32)
  (local $50 i32)
  (local $51 i32)
  (local $52 i32)
  (local $53 i32)
  (local $54 i32)
  (local $55 i32)
  (local $56 i32)
  (local $57 i32)
  (local $58 i32)
  (local $59 i32)
  (local $60 i32)
  (local $61 i32)
  (local $62 i32)
  (local $63 i32)
  (local $64 i32)
  (local $65 i32)
  (local $66 i32)
  (local $67 i32)
  (local $68 i32)
  (local $69 i32)
  (local $70 i32)
  (local $71 i32)
  (local $72 i32)
  (local $73 i32)
  (local $74 i32)
  (local.set $45
   (local.get $3)
  )
  (local.set $49
   (i32.add
    (local.get $45)
    (i32.const 524288)
   )
  )
  (local.set $50
   (i32.add
    (local.get $49)
    (i32.const 16)
   )
  )
  (local.set $51
   (i32.add
    (local.get $50)
    (i32.const 128)
   )
  )
  (block $exit216
   (local.set $16
    (i32.const 0)
   )
   (local.set $74
    (local.get $1)
   )
   (br_if $exit216
    (i32.ge_s
     (local.get $16)
     (local.get $74)
    )
   )
   (loop $loop217
    (local.set $15
     (i32.load
      (local.get $2)
     )
    )
    (i32.store
     (local.get $2)
     (i32.add
      (local.get $15)
      (i32.const 1)
     )
    )
    (if
     (i32.ge_s
      (local.get $15)
      (local.get $1)
     )
     (then
      (local.set $16
       (local.get $1)
      )
     )
     (else
      (local.set $10
       (i32.load
        (i32.add
         (local.get $0)
         (i32.mul
          (local.get $15)
          (i32.const 20)
         )
        )
       )
      )
      (local.set $11
       (i32.load offset=4
        (i32.add
         (local.get $0)
         (i32.mul
          (local.get $15)
          (i32.const 20)
         )
        )
       )
      )
      (local.set $12
       (i32.load offset=8
        (i32.add
         (local.get $0)
         (i32.mul
          (local.get $15)
          (i32.const 20)
         )
        )
       )
      )
      (local.set $13
       (i32.load offset=12
        (i32.add
         (local.get $0)
         (i32.mul
          (local.get $15)
          (i32.const 20)
         )
        )
       )
      )
      (local.set $14
       (i32.load offset=16
        (i32.add
         (local.get $0)
         (i32.mul
          (local.get $15)
          (i32.const 20)
         )
        )
       )
      )
      (block $exit214
       (local.set $17
        (i32.const 0)
       )
       (local.set $73
        (local.get $11)
       )
       (br_if $exit214
        (i32.ge_s
         (local.get $17)
         (local.get $73)
        )
       )
       (loop $loop215
        (local.set $20
         (i32.add
          (local.get $10)
          (i32.mul
           (local.get $17)
           (i32.const 52)
          )
         )
        )
        (local.set $21
         (i32.load
          (local.get $20)
         )
        )
        (local.set $46
         (i32.load offset=36
          (local.get $20)
         )
        )
        (local.set $47
         (i32.load offset=40
          (local.get $20)
         )
        )
        (local.set $18
         (i32.add
          (local.get $17)
          (i32.const 1)
         )
        )
        (block
         (block $exit208
          (local.set $19
           (local.get $18)
          )
          (local.set $69
           (local.get $11)
          )
          (br_if $exit208
           (i32.ge_s
            (local.get $19)
            (local.get $69)
           )
          )
          (loop $loop209
           (if
            (i32.ne
             (i32.load
              (i32.add
               (local.get $10)
               (i32.mul
                (local.get $19)
                (i32.const 52)
               )
              )
             )
             (local.get $21)
            )
            (then
             (local.set $19
              (local.get $11)
             )
            )
            (else
             (local.set $18
              (i32.add
               (local.get $19)
               (i32.const 1)
              )
             )
            )
           )
           (local.set $19
            (i32.add
             (local.get $19)
             (i32.const 1)
            )
           )
           (br_if $loop209
            (i32.lt_s
             (local.get $19)
             (local.get $69)
            )
           )
          )
         )
        )
        (if
         (local.get $14)
         (then
          (block $exit210
           (local.set $19
            (local.get $17)
           )
           (local.set $70
            (local.get $18)
           )
           (br_if $exit210
            (i32.ge_s
             (local.get $19)
             (local.get $70)
            )
           )
           (loop $loop211
            (local.set $20
             (i32.add
              (local.get $10)
              (i32.mul
               (local.get $19)
               (i32.const 52)
              )
             )
            )
            (if
             (i32.eqz
              (i32.load offset=48
               (local.get $20)
              )
             )
             (then
              (call $op2_packA
               (i32.load offset=28
                (local.get $20)
               )
               (i32.load offset=4
                (local.get $20)
               )
               (i32.load offset=8
                (local.get $20)
               )
               (i32.load offset=12
                (local.get $20)
               )
               (i32.load offset=16
                (local.get $20)
               )
               (i32.load
                (local.get $20)
               )
              )
             )
            )
            (local.set $19
             (i32.add
              (local.get $19)
              (i32.const 1)
             )
            )
            (br_if $loop211
             (i32.lt_s
              (local.get $19)
              (local.get $70)
             )
            )
           )
          )
         )
        )
        (block $exit212
         (local.set $22
          (local.get $12)
         )
         (local.set $71
          (local.get $13)
         )
         (local.set $72
          (local.get $7)
         )
         (br_if $exit212
          (i32.ge_s
           (local.get $22)
           (local.get $71)
          )
         )
         (loop $loop213
          (local.set $23
           (select
            (local.get $7)
            (i32.sub
             (local.get $13)
             (local.get $22)
            )
            (i32.lt_s
             (local.get $7)
             (i32.sub
              (local.get $13)
              (local.get $22)
             )
            )
           )
          )
          (block $exit206
           (local.set $24
            (i32.const 0)
           )
           (local.set $67
            (select
             (i32.const 1)
             (local.get $47)
             (local.get $5)
            )
           )
           (local.set $68
            (local.get $6)
           )
           (br_if $exit206
            (i32.ge_s
             (local.get $24)
             (local.get $67)
            )
           )
           (loop $loop207
            (local.set $25
             (select
              (local.get $6)
              (i32.sub
               (local.get $47)
               (local.get $24)
              )
              (i32.lt_s
               (local.get $6)
               (i32.sub
                (local.get $47)
                (local.get $24)
               )
              )
             )
            )
            (if
             (i32.eqz
              (local.get $5)
             )
             (then
              (call $op2_packB
               (local.get $45)
               (i32.add
                (local.get $46)
                (i32.shl
                 (local.get $24)
                 (i32.const 2)
                )
               )
               (local.get $25)
               (i32.add
                (local.get $4)
                (i32.shl
                 (local.get $22)
                 (i32.const 2)
                )
               )
               (local.get $23)
               (local.get $21)
              )
             )
            )
            (block $exit204
             (local.set $19
              (local.get $17)
             )
             (local.set $66
              (local.get $18)
             )
             (br_if $exit204
              (i32.ge_s
               (local.get $19)
               (local.get $66)
              )
             )
             (loop $loop205
              (local.set $20
               (i32.add
                (local.get $10)
                (i32.mul
                 (local.get $19)
                 (i32.const 52)
                )
               )
              )
              (local.set $39
               (i32.load offset=8
                (local.get $20)
               )
              )
              (local.set $40
               (i32.load offset=16
                (local.get $20)
               )
              )
              (local.set $41
               (i32.load offset=28
                (local.get $20)
               )
              )
              (if
               (local.get $5)
               (then
                (local.set $26
                 (i32.const 0)
                )
                (local.set $27
                 (local.get $40)
                )
               )
               (else
                (local.set $28
                 (i32.const 0)
                )
                (local.set $29
                 (local.get $40)
                )
                (block
                 (block $exit198
                  (local.set $30
                   (i32.const 0)
                  )
                  (local.set $63
                   (i32.const 32)
                  )
                  (br_if $exit198
                   (i32.ge_s
                    (local.get $30)
                    (local.get $63)
                   )
                  )
                  (loop $loop199
                   (if
                    (i32.ge_s
                     (local.get $28)
                     (local.get $29)
                    )
                    (then
                     (local.set $30
                      (i32.const 32)
                     )
                    )
                    (else
                     (local.set $33
                      (i32.div_s
                       (i32.add
                        (local.get $28)
                        (local.get $29)
                       )
                       (i32.const 2)
                      )
                     )
                     (if
                      (i32.lt_s
                       (i32.load
                        (i32.add
                         (i32.load offset=32
                          (local.get $20)
                         )
                         (i32.shl
                          (local.get $33)
                          (i32.const 2)
                         )
                        )
                       )
                       (local.get $24)
                      )
                      (then
                       (local.set $28
                        (i32.add
                         (local.get $33)
                         (i32.const 1)
                        )
                       )
                      )
                      (else
                       (local.set $29
                        (local.get $33)
                       )
                      )
                     )
                    )
                   )
                   (local.set $30
                    (i32.add
                     (local.get $30)
                     (i32.const 1)
                    )
                   )
                   (br_if $loop199
                    (i32.lt_s
                     (local.get $30)
                     (local.get $63)
                    )
                   )
                  )
                 )
                )
                (local.set $26
                 (local.get $28)
                )
                (local.set $28
                 (i32.const 0)
                )
                (local.set $29
                 (local.get $40)
                )
                (block
                 (block $exit200
                  (local.set $30
                   (i32.const 0)
                  )
                  (local.set $64
                   (i32.const 32)
                  )
                  (br_if $exit200
                   (i32.ge_s
                    (local.get $30)
                    (local.get $64)
                   )
                  )
                  (loop $loop201
                   (if
                    (i32.ge_s
                     (local.get $28)
                     (local.get $29)
                    )
                    (then
                     (local.set $30
                      (i32.const 32)
                     )
                    )
                    (else
                     (local.set $33
                      (i32.div_s
                       (i32.add
                        (local.get $28)
                        (local.get $29)
                       )
                       (i32.const 2)
                      )
                     )
                     (if
                      (i32.lt_s
                       (i32.load
                        (i32.add
                         (i32.load offset=32
                          (local.get $20)
                         )
                         (i32.shl
                          (local.get $33)
                          (i32.const 2)
                         )
                        )
                       )
                       (i32.add
                        (local.get $24)
                        (local.get $25)
                       )
                      )
                      (then
                       (local.set $28
                        (i32.add
                         (local.get $33)
                         (i32.const 1)
                        )
                       )
                      )
                      (else
                       (local.set $29
                        (local.get $33)
                       )
                      )
                     )
                    )
                   )
                   (local.set $30
                    (i32.add
                     (local.get $30)
                     (i32.const 1)
                    )
                   )
                   (br_if $loop201
                    (i32.lt_s
                     (local.get $30)
                     (local.get $64)
                    )
                   )
                  )
                 )
                )
                (local.set $27
                 (local.get $28)
                )
               )
              )
              (local.set $52
               (i32.and
                (local.get $8)
                (i32.eqz
                 (local.get $26)
                )
               )
              )
              (local.set $53
               (i32.and
                (local.get $9)
                (i32.eq
                 (local.get $27)
                 (local.get $40)
                )
               )
              )
              (local.set $48
               (i32.and
                (i32.eqz
                 (local.get $5)
                )
                (i32.eq
                 (i32.sub
                  (i32.load
                   (i32.add
                    (i32.load offset=32
                     (local.get $20)
                    )
                    (i32.shl
                     (i32.sub
                      (local.get $27)
                      (i32.const 1)
                     )
                     (i32.const 2)
                    )
                   )
                  )
                  (i32.load
                   (i32.add
                    (i32.load offset=32
                     (local.get $20)
                    )
                    (i32.shl
                     (local.get $26)
                     (i32.const 2)
                    )
                   )
                  )
                 )
                 (i32.sub
                  (i32.sub
                   (local.get $27)
                   (local.get $26)
                  )
                  (i32.const 1)
                 )
                )
               )
              )
              (if
               (i32.lt_s
                (local.get $26)
                (local.get $27)
               )
               (then
                (block $exit202
                 (local.set $31
                  (i32.const 0)
                 )
                 (local.set $65
                  (i32.div_s
                   (i32.add
                    (local.get $23)
                    (i32.const 7)
                   )
                   (i32.const 8)
                  )
                 )
                 (br_if $exit202
                  (i32.ge_s
                   (local.get $31)
                   (local.get $65)
                  )
                 )
                 (loop $loop203
                  (local.set $33
                   (i32.add
                    (local.get $22)
                    (i32.mul
                     (local.get $31)
                     (i32.const 8)
                    )
                   )
                  )
                  (local.set $34
                   (select
                    (i32.const 8)
                    (i32.sub
                     (i32.add
                      (local.get $22)
                      (local.get $23)
                     )
                     (local.get $33)
                    )
                    (i32.lt_s
                     (i32.const 8)
                     (i32.sub
                      (i32.add
                       (local.get $22)
                       (local.get $23)
                      )
                      (local.get $33)
                     )
                    )
                   )
                  )
                  (local.set $35
                   (i32.eq
                    (local.get $34)
                    (i32.const 8)
                   )
                  )
                  (if
                   (local.get $5)
                   (then
                    (local.set $36
                     (i32.add
                      (i32.const 9895936)
                      (i32.shl
                       (i32.load
                        (i32.add
                         (i32.const 21344064)
                         (i32.shl
                          (local.get $33)
                          (i32.const 2)
                         )
                        )
                       )
                       (i32.const 2)
                      )
                     )
                    )
                    (local.set $37
                     (i32.add
                      (i32.load offset=32
                       (local.get $20)
                      )
                      (i32.shl
                       (local.get $26)
                       (i32.const 2)
                      )
                     )
                    )
                    (local.set $38
                     (i32.const 0)
                    )
                   )
                   (else
                    (local.set $36
                     (i32.sub
                      (i32.add
                       (local.get $45)
                       (i32.mul
                        (local.get $31)
                        (i32.mul
                         (local.get $25)
                         (i32.const 32)
                        )
                       )
                      )
                      (i32.shl
                       (local.get $24)
                       (i32.const 5)
                      )
                     )
                    )
                    (local.set $37
                     (i32.add
                      (i32.load offset=32
                       (local.get $20)
                      )
                      (i32.shl
                       (local.get $26)
                       (i32.const 2)
                      )
                     )
                    )
                    (local.set $38
                     (i32.const 5)
                    )
                   )
                  )
                  (if
                   (local.get $35)
                   (then
                    (call $microkernel_4x8_rows
                     (i32.add
                      (local.get $41)
                      (i32.shl
                       (local.get $26)
                       (i32.const 4)
                      )
                     )
                     (i32.shl
                      (local.get $40)
                      (i32.const 4)
                     )
                     (select
                      (i32.add
                       (local.get $36)
                       (i32.shl
                        (i32.load
                         (local.get $37)
                        )
                        (i32.const 5)
                       )
                      )
                      (local.get $36)
                      (local.get $48)
                     )
                     (select
                      (i32.const 0)
                      (local.get $37)
                      (local.get $48)
                     )
                     (i32.sub
                      (local.get $27)
                      (local.get $26)
                     )
                     (local.get $38)
                     (i32.load offset=44
                      (local.get $20)
                     )
                     (local.get $39)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (i32.const 21360000)
                        (i32.shl
                         (i32.add
                          (local.get $33)
                          (i32.const 0)
                         )
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.const 2)
                     )
                     (local.get $51)
                     (local.get $52)
                    )
                   )
                   (else
                    (block $exit196
                     (local.set $32
                      (i32.const 0)
                     )
                     (local.set $62
                      (i32.div_s
                       (i32.add
                        (local.get $39)
                        (i32.const 3)
                       )
                       (i32.const 4)
                      )
                     )
                     (br_if $exit196
                      (i32.ge_s
                       (local.get $32)
                       (local.get $62)
                      )
                     )
                     (loop $loop197
                      (i32.store
                       (local.get $49)
                       (i32.add
                        (local.get $50)
                        (i32.const 0)
                       )
                      )
                      (local.set $44
                       (i32.lt_s
                        (i32.add
                         (i32.mul
                          (local.get $32)
                          (i32.const 4)
                         )
                         (i32.const 0)
                        )
                        (local.get $39)
                       )
                      )
                      (local.set $43
                       (select
                        (i32.add
                         (i32.load
                          (i32.add
                           (i32.const 21359424)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 21359488)
                           (i32.shl
                            (i32.load
                             (i32.add
                              (i32.load offset=4
                               (local.get $20)
                              )
                              (i32.shl
                               (i32.add
                                (i32.mul
                                 (local.get $32)
                                 (i32.const 4)
                                )
                                (i32.const 0)
                               )
                               (i32.const 2)
                              )
                             )
                            )
                            (i32.const 2)
                           )
                          )
                         )
                        )
                        (i32.const 0)
                        (local.get $44)
                       )
                      )
                      (block $exit180
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $54
                        (i32.const 8)
                       )
                       (br_if $exit180
                        (i32.ge_s
                         (local.get $42)
                         (local.get $54)
                        )
                       )
                       (loop $loop181
                        (f32.store
                         (i32.add
                          (local.get $50)
                          (i32.add
                           (i32.const 0)
                           (i32.shl
                            (local.get $42)
                            (i32.const 2)
                           )
                          )
                         )
                         (select
                          (f32.load
                           (i32.add
                            (i32.const 20905984)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 21360000)
                                (i32.shl
                                 (i32.add
                                  (local.get $33)
                                  (local.get $42)
                                 )
                                 (i32.const 2)
                                )
                               )
                              )
                             )
                             (i32.const 2)
                            )
                           )
                          )
                          (f32.const 0)
                          (i32.and
                           (i32.and
                            (local.get $44)
                            (i32.lt_s
                             (local.get $42)
                             (local.get $34)
                            )
                           )
                           (i32.eqz
                            (local.get $52)
                           )
                          )
                         )
                        )
                        (local.set $42
                         (i32.add
                          (local.get $42)
                          (i32.const 1)
                         )
                        )
                        (br_if $loop181
                         (i32.lt_s
                          (local.get $42)
                          (local.get $54)
                         )
                        )
                       )
                      )
                      (i32.store offset=4
                       (local.get $49)
                       (i32.add
                        (local.get $50)
                        (i32.const 32)
                       )
                      )
                      (local.set $44
                       (i32.lt_s
                        (i32.add
                         (i32.mul
                          (local.get $32)
                          (i32.const 4)
                         )
                         (i32.const 1)
                        )
                        (local.get $39)
                       )
                      )
                      (local.set $43
                       (select
                        (i32.add
                         (i32.load
                          (i32.add
                           (i32.const 21359424)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 21359488)
                           (i32.shl
                            (i32.load
                             (i32.add
                              (i32.load offset=4
                               (local.get $20)
                              )
                              (i32.shl
                               (i32.add
                                (i32.mul
                                 (local.get $32)
                                 (i32.const 4)
                                )
                                (i32.const 1)
                               )
                               (i32.const 2)
                              )
                             )
                            )
                            (i32.const 2)
                           )
                          )
                         )
                        )
                        (i32.const 0)
                        (local.get $44)
                       )
                      )
                      (block $exit184
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $56
                        (i32.const 8)
                       )
                       (br_if $exit184
                        (i32.ge_s
                         (local.get $42)
                         (local.get $56)
                        )
                       )
                       (loop $loop185
                        (f32.store
                         (i32.add
                          (local.get $50)
                          (i32.add
                           (i32.const 32)
                           (i32.shl
                            (local.get $42)
                            (i32.const 2)
                           )
                          )
                         )
                         (select
                          (f32.load
                           (i32.add
                            (i32.const 20905984)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 21360000)
                                (i32.shl
                                 (i32.add
                                  (local.get $33)
                                  (local.get $42)
                                 )
                                 (i32.const 2)
                                )
                               )
                              )
                             )
                             (i32.const 2)
                            )
                           )
                          )
                          (f32.const 0)
                          (i32.and
                           (i32.and
                            (local.get $44)
                            (i32.lt_s
                             (local.get $42)
                             (local.get $34)
                            )
                           )
                           (i32.eqz
                            (local.get $52)
                           )
                          )
                         )
                        )
                        (local.set $42
                         (i32.add
                          (local.get $42)
                          (i32.const 1)
                         )
                        )
                        (br_if $loop185
                         (i32.lt_s
                          (local.get $42)
                          (local.get $56)
                         )
                        )
                       )
                      )
                      (i32.store offset=8
                       (local.get $49)
                       (i32.add
                        (local.get $50)
                        (i32.const 64)
                       )
                      )
                      (local.set $44
                       (i32.lt_s
                        (i32.add
                         (i32.mul
                          (local.get $32)
                          (i32.const 4)
                         )
                         (i32.const 2)
                        )
                        (local.get $39)
                       )
                      )
                      (local.set $43
                       (select
                        (i32.add
                         (i32.load
                          (i32.add
                           (i32.const 21359424)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 21359488)
                           (i32.shl
                            (i32.load
                             (i32.add
                              (i32.load offset=4
                               (local.get $20)
                              )
                              (i32.shl
                               (i32.add
                                (i32.mul
                                 (local.get $32)
                                 (i32.const 4)
                                )
                                (i32.const 2)
                               )
                               (i32.const 2)
                              )
                             )
                            )
                            (i32.const 2)
                           )
                          )
                         )
                        )
                        (i32.const 0)
                        (local.get $44)
                       )
                      )
                      (block $exit188
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $58
                        (i32.const 8)
                       )
                       (br_if $exit188
                        (i32.ge_s
                         (local.get $42)
                         (local.get $58)
                        )
                       )
                       (loop $loop189
                        (f32.store
                         (i32.add
                          (local.get $50)
                          (i32.add
                           (i32.const 64)
                           (i32.shl
                            (local.get $42)
                            (i32.const 2)
                           )
                          )
                         )
                         (select
                          (f32.load
                           (i32.add
                            (i32.const 20905984)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 21360000)
                                (i32.shl
                                 (i32.add
                                  (local.get $33)
                                  (local.get $42)
                                 )
                                 (i32.const 2)
                                )
                               )
                              )
                             )
                             (i32.const 2)
                            )
                           )
                          )
                          (f32.const 0)
                          (i32.and
                           (i32.and
                            (local.get $44)
                            (i32.lt_s
                             (local.get $42)
                             (local.get $34)
                            )
                           )
                           (i32.eqz
                            (local.get $52)
                           )
                          )
                         )
                        )
                        (local.set $42
                         (i32.add
                          (local.get $42)
                          (i32.const 1)
                         )
                        )
                        (br_if $loop189
                         (i32.lt_s
                          (local.get $42)
                          (local.get $58)
                         )
                        )
                       )
                      )
                      (i32.store offset=12
                       (local.get $49)
                       (i32.add
                        (local.get $50)
                        (i32.const 96)
                       )
                      )
                      (local.set $44
                       (i32.lt_s
                        (i32.add
                         (i32.mul
                          (local.get $32)
                          (i32.const 4)
                         )
                         (i32.const 3)
                        )
                        (local.get $39)
                       )
                      )
                      (local.set $43
                       (select
                        (i32.add
                         (i32.load
                          (i32.add
                           (i32.const 21359424)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 21359488)
                           (i32.shl
                            (i32.load
                             (i32.add
                              (i32.load offset=4
                               (local.get $20)
                              )
                              (i32.shl
                               (i32.add
                                (i32.mul
                                 (local.get $32)
                                 (i32.const 4)
                                )
                                (i32.const 3)
                               )
                               (i32.const 2)
                              )
                             )
                            )
                            (i32.const 2)
                           )
                          )
                         )
                        )
                        (i32.const 0)
                        (local.get $44)
                       )
                      )
                      (block $exit192
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $60
                        (i32.const 8)
                       )
                       (br_if $exit192
                        (i32.ge_s
                         (local.get $42)
                         (local.get $60)
                        )
                       )
                       (loop $loop193
                        (f32.store
                         (i32.add
                          (local.get $50)
                          (i32.add
                           (i32.const 96)
                           (i32.shl
                            (local.get $42)
                            (i32.const 2)
                           )
                          )
                         )
                         (select
                          (f32.load
                           (i32.add
                            (i32.const 20905984)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 21360000)
                                (i32.shl
                                 (i32.add
                                  (local.get $33)
                                  (local.get $42)
                                 )
                                 (i32.const 2)
                                )
                               )
                              )
                             )
                             (i32.const 2)
                            )
                           )
                          )
                          (f32.const 0)
                          (i32.and
                           (i32.and
                            (local.get $44)
                            (i32.lt_s
                             (local.get $42)
                             (local.get $34)
                            )
                           )
                           (i32.eqz
                            (local.get $52)
                           )
                          )
                         )
                        )
                        (local.set $42
                         (i32.add
                          (local.get $42)
                          (i32.const 1)
                         )
                        )
                        (br_if $loop193
                         (i32.lt_s
                          (local.get $42)
                          (local.get $60)
                         )
                        )
                       )
                      )
                      (if
                       (local.get $48)
                       (then
                        (call $microkernel_4x8
                         (i32.add
                          (local.get $41)
                          (i32.shl
                           (i32.add
                            (i32.mul
                             (local.get $32)
                             (local.get $40)
                            )
                            (local.get $26)
                           )
                           (i32.const 4)
                          )
                         )
                         (i32.add
                          (local.get $36)
                          (i32.shl
                           (i32.load
                            (local.get $37)
                           )
                           (i32.const 5)
                          )
                         )
                         (i32.sub
                          (local.get $27)
                          (local.get $26)
                         )
                         (local.get $49)
                        )
                       )
                       (else
                        (call $microkernel_4x8_gather
                         (i32.add
                          (local.get $41)
                          (i32.shl
                           (i32.add
                            (i32.mul
                             (local.get $32)
                             (local.get $40)
                            )
                            (local.get $26)
                           )
                           (i32.const 4)
                          )
                         )
                         (local.get $36)
                         (local.get $37)
                         (i32.sub
                          (local.get $27)
                          (local.get $26)
                         )
                         (local.get $49)
                         (local.get $38)
                        )
                       )
                      )
                      (local.set $44
                       (i32.lt_s
                        (i32.add
                         (i32.mul
                          (local.get $32)
                          (i32.const 4)
                         )
                         (i32.const 0)
                        )
                        (local.get $39)
                       )
                      )
                      (local.set $43
                       (select
                        (i32.add
                         (i32.load
                          (i32.add
                           (i32.const 21359424)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 21359488)
                           (i32.shl
                            (i32.load
                             (i32.add
                              (i32.load offset=4
                               (local.get $20)
                              )
                              (i32.shl
                               (i32.add
                                (i32.mul
                                 (local.get $32)
                                 (i32.const 4)
                                )
                                (i32.const 0)
                               )
                               (i32.const 2)
                              )
                             )
                            )
                            (i32.const 2)
                           )
                          )
                         )
                        )
                        (i32.const 0)
                        (local.get $44)
                       )
                      )
                      (block $exit182
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $55
                        (local.get $34)
                       )
                       (br_if $exit182
                        (i32.ge_s
                         (local.get $42)
                         (local.get $55)
                        )
                       )
                       (loop $loop183
                        (if
                         (local.get $44)
                         (then
                          (f32.store
                           (i32.add
                            (i32.const 20905984)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 21360000)
                                (i32.shl
                                 (i32.add
                                  (local.get $33)
                                  (local.get $42)
                                 )
                                 (i32.const 2)
                                )
                               )
                              )
                             )
                             (i32.const 2)
                            )
                           )
                           (f32.load
                            (i32.add
                             (local.get $50)
                             (i32.add
                              (i32.const 0)
                              (i32.shl
                               (local.get $42)
                               (i32.const 2)
                              )
                             )
                            )
                           )
                          )
                         )
                        )
                        (local.set $42
                         (i32.add
                          (local.get $42)
                          (i32.const 1)
                         )
                        )
                        (br_if $loop183
                         (i32.lt_s
                          (local.get $42)
                          (local.get $55)
                         )
                        )
                       )
                      )
                      (local.set $44
                       (i32.lt_s
                        (i32.add
                         (i32.mul
                          (local.get $32)
                          (i32.const 4)
                         )
                         (i32.const 1)
                        )
                        (local.get $39)
                       )
                      )
                      (local.set $43
                       (select
                        (i32.add
                         (i32.load
                          (i32.add
                           (i32.const 21359424)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 21359488)
                           (i32.shl
                            (i32.load
                             (i32.add
                              (i32.load offset=4
                               (local.get $20)
                              )
                              (i32.shl
                               (i32.add
                                (i32.mul
                                 (local.get $32)
                                 (i32.const 4)
                                )
                                (i32.const 1)
                               )
                               (i32.const 2)
                              )
                             )
                            )
                            (i32.const 2)
                           )
                          )
                         )
                        )
                        (i32.const 0)
                        (local.get $44)
                       )
                      )
                      (block $exit186
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $57
                        (local.get $34)
                       )
                       (br_if $exit186
                        (i32.ge_s
                         (local.get $42)
                         (local.get $57)
                        )
                       )
                       (loop $loop187
                        (if
                         (local.get $44)
                         (then
                          (f32.store
                           (i32.add
                            (i32.const 20905984)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 21360000)
                                (i32.shl
                                 (i32.add
                                  (local.get $33)
                                  (local.get $42)
                                 )
                                 (i32.const 2)
                                )
                               )
                              )
                             )
                             (i32.const 2)
                            )
                           )
                           (f32.load
                            (i32.add
                             (local.get $50)
                             (i32.add
                              (i32.const 32)
                              (i32.shl
                               (local.get $42)
                               (i32.const 2)
                              )
                             )
                            )
                           )
                          )
                         )
                        )
                        (local.set $42
                         (i32.add
                          (local.get $42)
                          (i32.const 1)
                         )
                        )
                        (br_if $loop187
                         (i32.lt_s
                          (local.get $42)
                          (local.get $57)
                         )
                        )
                       )
                      )
                      (local.set $44
                       (i32.lt_s
                        (i32.add
                         (i32.mul
                          (local.get $32)
                          (i32.const 4)
                         )
                         (i32.const 2)
                        )
                        (local.get $39)
                       )
                      )
                      (local.set $43
                       (select
                        (i32.add
                         (i32.load
                          (i32.add
                           (i32.const 21359424)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 21359488)
                           (i32.shl
                            (i32.load
                             (i32.add
                              (i32.load offset=4
                               (local.get $20)
                              )
                              (i32.shl
                               (i32.add
                                (i32.mul
                                 (local.get $32)
                                 (i32.const 4)
                                )
                                (i32.const 2)
                               )
                               (i32.const 2)
                              )
                             )
                            )
                            (i32.const 2)
                           )
                          )
                         )
                        )
                        (i32.const 0)
                        (local.get $44)
                       )
                      )
                      (block $exit190
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $59
                        (local.get $34)
                       )
                       (br_if $exit190
                        (i32.ge_s
                         (local.get $42)
                         (local.get $59)
                        )
                       )
                       (loop $loop191
                        (if
                         (local.get $44)
                         (then
                          (f32.store
                           (i32.add
                            (i32.const 20905984)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 21360000)
                                (i32.shl
                                 (i32.add
                                  (local.get $33)
                                  (local.get $42)
                                 )
                                 (i32.const 2)
                                )
                               )
                              )
                             )
                             (i32.const 2)
                            )
                           )
                           (f32.load
                            (i32.add
                             (local.get $50)
                             (i32.add
                              (i32.const 64)
                              (i32.shl
                               (local.get $42)
                               (i32.const 2)
                              )
                             )
                            )
                           )
                          )
                         )
                        )
                        (local.set $42
                         (i32.add
                          (local.get $42)
                          (i32.const 1)
                         )
                        )
                        (br_if $loop191
                         (i32.lt_s
                          (local.get $42)
                          (local.get $59)
                         )
                        )
                       )
                      )
                      (local.set $44
                       (i32.lt_s
                        (i32.add
                         (i32.mul
                          (local.get $32)
                          (i32.const 4)
                         )
                         (i32.const 3)
                        )
                        (local.get $39)
                       )
                      )
                      (local.set $43
                       (select
                        (i32.add
                         (i32.load
                          (i32.add
                           (i32.const 21359424)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 21359488)
                           (i32.shl
                            (i32.load
                             (i32.add
                              (i32.load offset=4
                               (local.get $20)
                              )
                              (i32.shl
                               (i32.add
                                (i32.mul
                                 (local.get $32)
                                 (i32.const 4)
                                )
                                (i32.const 3)
                               )
                               (i32.const 2)
                              )
                             )
                            )
                            (i32.const 2)
                           )
                          )
                         )
                        )
                        (i32.const 0)
                        (local.get $44)
                       )
                      )
                      (block $exit194
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $61
                        (local.get $34)
                       )
                       (br_if $exit194
                        (i32.ge_s
                         (local.get $42)
                         (local.get $61)
                        )
                       )
                       (loop $loop195
                        (if
                         (local.get $44)
                         (then
                          (f32.store
                           (i32.add
                            (i32.const 20905984)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 21360000)
                                (i32.shl
                                 (i32.add
                                  (local.get $33)
                                  (local.get $42)
                                 )
                                 (i32.const 2)
                                )
                               )
                              )
                             )
                             (i32.const 2)
                            )
                           )
                           (f32.load
                            (i32.add
                             (local.get $50)
                             (i32.add
                              (i32.const 96)
                              (i32.shl
                               (local.get $42)
                               (i32.const 2)
                              )
                             )
                            )
                           )
                          )
                         )
                        )
                        (local.set $42
                         (i32.add
                          (local.get $42)
                          (i32.const 1)
                         )
                        )
                        (br_if $loop195
                         (i32.lt_s
                          (local.get $42)
                          (local.get $61)
                         )
                        )
                       )
                      )
                      (local.set $32
                       (i32.add
                        (local.get $32)
                        (i32.const 1)
                       )
                      )
                      (br_if $loop197
                       (i32.lt_s
                        (local.get $32)
                        (local.get $62)
                       )
                      )
                     )
                    )
                   )
                  )
                  (local.set $31
                   (i32.add
                    (local.get $31)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop203
                   (i32.lt_s
                    (local.get $31)
                    (local.get $65)
                   )
                  )
                 )
                )
               )
              )
              (local.set $19
               (i32.add
                (local.get $19)
                (i32.const 1)
               )
              )
              (br_if $loop205
               (i32.lt_s
                (local.get $19)
                (local.get $66)
               )
              )
             )
            )
            (local.set $24
             (i32.add
              (local.get $24)
              (local.get $68)
             )
            )
            (br_if $loop207
             (i32.lt_s
              (local.get $24)
              (local.get $67)
             )
            )
           )
          )
          (local.set $22
           (i32.add
            (local.get $22)
            (local.get $72)
           )
          )
          (br_if $loop213
           (i32.lt_s
            (local.get $22)
            (local.get $71)
           )
          )
         )
        )
        (local.set $17
         (i32.sub
          (local.get $18)
          (i32.const 1)
         )
        )
        (local.set $17
         (i32.add
          (local.get $17)
          (i32.const 1)
         )
        )
        (br_if $loop215
         (i32.lt_s
          (local.get $17)
          (local.get $73)
         )
        )
       )
      )
     )
    )
    (local.set $16
     (i32.add
      (local.get $16)
      (i32.const 1)
     )
    )
    (br_if $loop217
     (i32.lt_s
      (local.get $16)
      (local.get $74)
     )
    )
   )
  )
 )
 (func $index0 (param $0 f64)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 v128)
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
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (memory.fill
   (i32.const 21363072)
   (i32.const 0)
   (i32.const 49152)
  )
  (local.set $8
   (i32.const 0)
  )
  (i32.store
   (i32.const 21412224)
   (i32.const 0)
  )
  (block $exit228
   (local.set $9
    (i32.const 0)
   )
   (local.set $22
    (i32.const 4)
   )
   (br_if $exit228
    (i32.ge_s
     (local.get $9)
     (local.get $22)
    )
   )
   (loop $loop229
    (block $exit220
     (local.set $1
      (i32.mul
       (local.get $9)
       (i32.const 32)
      )
     )
     (local.set $11
      (select
       (i32.mul
        (i32.add
         (local.get $9)
         (i32.const 1)
        )
        (i32.const 32)
       )
       (i32.const 128)
       (i32.lt_s
        (i32.mul
         (i32.add
          (local.get $9)
          (i32.const 1)
         )
         (i32.const 32)
        )
        (i32.const 128)
       )
      )
     )
     (br_if $exit220
      (i32.ge_s
       (local.get $1)
       (local.get $11)
      )
     )
     (loop $loop221
      (local.set $3
       (i32.add
        (i32.const 19333120)
        (i32.mul
         (local.get $1)
         (i32.const 12288)
        )
       )
      )
      (local.set $4
       (i32.add
        (i32.const 21363072)
        (i32.mul
         (i32.div_s
          (local.get $1)
          (i32.const 32)
         )
         (i32.const 12288)
        )
       )
      )
      (block $exit218
       (local.set $2
        (i32.const 0)
       )
       (local.set $7
        (i32.const 3072)
       )
       (br_if $exit218
        (i32.ge_s
         (local.get $2)
         (local.get $7)
        )
       )
       (loop $loop219
        (v128.store align=4
         (i32.add
          (local.get $4)
          (i32.shl
           (local.get $2)
           (i32.const 2)
          )
         )
         (v128.or
          (v128.load align=4
           (i32.add
            (local.get $4)
            (i32.shl
             (local.get $2)
             (i32.const 2)
            )
           )
          )
          (f32x4.ne
           (v128.load align=4
            (i32.add
             (local.get $3)
             (i32.shl
              (local.get $2)
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
        (local.set $2
         (i32.add
          (local.get $2)
          (i32.const 4)
         )
        )
        (br_if $loop219
         (i32.lt_s
          (local.get $2)
          (local.get $7)
         )
        )
       )
      )
      (local.set $1
       (i32.add
        (local.get $1)
        (i32.const 1)
       )
      )
      (br_if $loop221
       (i32.lt_s
        (local.get $1)
        (local.get $11)
       )
      )
     )
    )
    (block $exit222
     (local.set $10
      (i32.const 0)
     )
     (local.set $12
      (i32.const 3072)
     )
     (br_if $exit222
      (i32.ge_s
       (local.get $10)
       (local.get $12)
      )
     )
     (loop $loop223
      (i32.store
       (i32.add
        (i32.const 21412288)
        (i32.shl
         (local.get $8)
         (i32.const 2)
        )
       )
       (local.get $10)
      )
      (local.set $8
       (i32.add
        (local.get $8)
        (i32.ne
         (i32.load
          (i32.add
           (i32.const 21363072)
           (i32.shl
            (i32.add
             (i32.mul
              (local.get $9)
              (i32.const 3072)
             )
             (local.get $10)
            )
            (i32.const 2)
           )
          )
         )
         (i32.const 0)
        )
       )
      )
      (local.set $10
       (i32.add
        (local.get $10)
        (i32.const 1)
       )
      )
      (br_if $loop223
       (i32.lt_s
        (local.get $10)
        (local.get $12)
       )
      )
     )
    )
    (i32.store
     (i32.add
      (i32.const 21412224)
      (i32.shl
       (i32.add
        (local.get $9)
        (i32.const 1)
       )
       (i32.const 2)
      )
     )
     (local.get $8)
    )
    (local.set $13
     (i32.load
      (i32.add
       (i32.const 21412224)
       (i32.shl
        (local.get $9)
        (i32.const 2)
       )
      )
     )
    )
    (local.set $15
     (i32.sub
      (local.get $8)
      (local.get $13)
     )
    )
    (if
     (f64.le
      (f64.convert_i32_s
       (local.get $8)
      )
      (f64.mul
       (local.get $0)
       (f64.convert_i32_s
        (i32.mul
         (i32.add
          (local.get $9)
          (i32.const 1)
         )
         (i32.const 3072)
        )
       )
      )
     )
     (then
      (i32.store
       (i32.add
        (i32.const 23034304)
        (i32.shl
         (local.get $9)
         (i32.const 2)
        )
       )
       (i32.const 1)
      )
      (block $exit226
       (local.set $14
        (local.get $13)
       )
       (local.set $21
        (local.get $8)
       )
       (br_if $exit226
        (i32.ge_s
         (local.get $14)
         (local.get $21)
        )
       )
       (loop $loop227
        (local.set $16
         (i32.load
          (i32.add
           (i32.const 21412288)
           (i32.shl
            (local.get $14)
            (i32.const 2)
           )
          )
         )
        )
        (local.set $17
         (i32.add
          (i32.add
           (i32.const 21461440)
           (i32.mul
            (local.get $13)
            (i32.const 128)
           )
          )
          (i32.shl
           (i32.sub
            (local.get $14)
            (local.get $13)
           )
           (i32.const 4)
          )
         )
        )
        (local.set $19
         (i32.mul
          (local.get $9)
          (i32.const 32)
         )
        )
        (block $exit224
         (local.set $18
          (i32.const 0)
         )
         (local.set $20
          (i32.const 8)
         )
         (br_if $exit224
          (i32.ge_s
           (local.get $18)
           (local.get $20)
          )
         )
         (loop $loop225
          (f32.store
           (local.get $17)
           (select
            (f32.load
             (i32.add
              (i32.const 19333120)
              (i32.shl
               (i32.add
                (i32.mul
                 (select
                  (i32.add
                   (local.get $19)
                   (i32.const 0)
                  )
                  (i32.const 0)
                  (i32.lt_s
                   (i32.add
                    (local.get $19)
                    (i32.const 0)
                   )
                   (i32.const 128)
                  )
                 )
                 (i32.const 3072)
                )
                (local.get $16)
               )
               (i32.const 2)
              )
             )
            )
            (f32.const 0)
            (i32.lt_s
             (i32.add
              (local.get $19)
              (i32.const 0)
             )
             (i32.const 128)
            )
           )
          )
          (f32.store offset=4
           (local.get $17)
           (select
            (f32.load
             (i32.add
              (i32.const 19333120)
              (i32.shl
               (i32.add
                (i32.mul
                 (select
                  (i32.add
                   (local.get $19)
                   (i32.const 1)
                  )
                  (i32.const 0)
                  (i32.lt_s
                   (i32.add
                    (local.get $19)
                    (i32.const 1)
                   )
                   (i32.const 128)
                  )
                 )
                 (i32.const 3072)
                )
                (local.get $16)
               )
               (i32.const 2)
              )
             )
            )
            (f32.const 0)
            (i32.lt_s
             (i32.add
              (local.get $19)
              (i32.const 1)
             )
             (i32.const 128)
            )
           )
          )
          (f32.store offset=8
           (local.get $17)
           (select
            (f32.load
             (i32.add
              (i32.const 19333120)
              (i32.shl
               (i32.add
                (i32.mul
                 (select
                  (i32.add
                   (local.get $19)
                   (i32.const 2)
                  )
                  (i32.const 0)
                  (i32.lt_s
                   (i32.add
                    (local.get $19)
                    (i32.const 2)
                   )
                   (i32.const 128)
                  )
                 )
                 (i32.const 3072)
                )
                (local.get $16)
               )
               (i32.const 2)
              )
             )
            )
            (f32.const 0)
            (i32.lt_s
             (i32.add
              (local.get $19)
              (i32.const 2)
             )
             (i32.const 128)
            )
           )
          )
          (f32.store offset=12
           (local.get $17)
           (select
            (f32.load
             (i32.add
              (i32.const 19333120)
              (i32.shl
               (i32.add
                (i32.mul
                 (select
                  (i32.add
                   (local.get $19)
                   (i32.const 3)
                  )
                  (i32.const 0)
                  (i32.lt_s
                   (i32.add
                    (local.get $19)
                    (i32.const 3)
                   )
                   (i32.const 128)
                  )
                 )
                 (i32.const 3072)
                )
                (local.get $16)
               )
               (i32.const 2)
              )
             )
            )
            (f32.const 0)
            (i32.lt_s
             (i32.add
              (local.get $19)
              (i32.const 3)
             )
             (i32.const 128)
            )
           )
          )
          (local.set $17
           (i32.add
            (local.get $17)
            (i32.shl
             (local.get $15)
             (i32.const 4)
            )
           )
          )
          (local.set $19
           (i32.add
            (local.get $19)
            (i32.const 4)
           )
          )
          (local.set $18
           (i32.add
            (local.get $18)
            (i32.const 1)
           )
          )
          (br_if $loop225
           (i32.lt_s
            (local.get $18)
            (local.get $20)
           )
          )
         )
        )
        (local.set $14
         (i32.add
          (local.get $14)
          (i32.const 1)
         )
        )
        (br_if $loop227
         (i32.lt_s
          (local.get $14)
          (local.get $21)
         )
        )
       )
      )
     )
     (else
      (i32.store
       (i32.add
        (i32.const 23034304)
        (i32.shl
         (local.get $9)
         (i32.const 2)
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
    (br_if $loop229
     (i32.lt_s
      (local.get $9)
      (local.get $22)
     )
    )
   )
  )
 )
)
