(module
 (type $0 (func (param i32 i32 i32 i32)))
 (type $1 (func (param i32 i32 i32 i32 i32 i32)))
 (type $2 (func (param i32 i32)))
 (type $3 (func (param f64) (result f64)))
 (type $4 (func (param i32 i32 i32 i32 i32 i32 i32)))
 (type $5 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32)))
 (type $6 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)))
 (type $7 (func (param i32 i32 i32)))
 (type $8 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)))
 (type $9 (func (param i32 i32 i32 i32 i32 i32 i32 i32)))
 (type $10 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)))
 (type $11 (func))
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
 (export "op3_stage0" (func $op3_stage0))
 (export "op3_stage1" (func $op3_stage1))
 (export "op4_stage0" (func $op4_stage0))
 (export "op4_stage1" (func $op4_stage1))
 (export "op5" (func $op5))
 (export "op6_epilogue" (func $op6_epilogue))
 (export "op6" (func $op6))
 (export "op6_claim" (func $op6_claim))
 (export "op6_prepack" (func $op6_prepack))
 (export "op6_shared" (func $op6_shared))
 (export "op7" (func $op7))
 (export "op7_claim" (func $op7_claim))
 (export "op7_prepack" (func $op7_prepack))
 (export "op7_shared" (func $op7_shared))
 (export "index0" (func $index0))
 (export "group0" (func $group0))
 (export "group0_claim" (func $group0_claim))
 (export "group1" (func $group1))
 (export "group1_claim" (func $group1_claim))
 (export "h_czero" (func $h_czero))
 (export "h_czero_claim" (func $h_czero_claim))
 (export "h_epilogue_pit" (func $h_epilogue_pit))
 (export "h_epilogue_pit_claim" (func $h_epilogue_pit_claim))
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
         (i32.const 76120576)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 76120640)
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
         (i32.const 76120576)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 76120640)
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
         (i32.const 76120576)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 76120640)
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
         (i32.const 76120576)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 76120640)
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
              (i32.const 76121152)
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
              (i32.const 76121152)
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
              (i32.const 76121152)
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
              (i32.const 76121152)
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
                (i32.const 76121152)
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
                (i32.const 76121152)
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
                (i32.const 76121152)
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
                (i32.const 76121152)
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
      (i32.const 327680)
      (i32.shl
       (i32.add
        (i32.load
         (i32.add
          (i32.const 76123200)
          (i32.shl
           (local.get $5)
           (i32.const 2)
          )
         )
        )
        (i32.load
         (i32.add
          (i32.const 76123264)
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
           (i32.const 76123328)
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
           (i32.const 76123200)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 76123264)
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
           (i32.const 76123200)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 76123264)
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
           (i32.const 76123200)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 76123264)
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
           (i32.const 76123200)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 76123264)
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
           (i32.const 76123200)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 76123264)
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
           (i32.const 76123200)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 76123264)
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
           (i32.const 76123200)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 76123264)
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
           (i32.const 76123200)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 76123264)
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
            (i32.const 327680)
            (i32.shl
             (i32.add
              (local.get $19)
              (i32.load
               (i32.add
                (i32.const 76123328)
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
              (i32.const 327680)
              (i32.shl
               (i32.add
                (local.get $19)
                (i32.load
                 (i32.add
                  (i32.const 76123328)
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
              (i32.const 327680)
              (i32.shl
               (i32.add
                (local.get $20)
                (i32.load
                 (i32.add
                  (i32.const 76123328)
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
              (i32.const 327680)
              (i32.shl
               (i32.add
                (local.get $21)
                (i32.load
                 (i32.add
                  (i32.const 76123328)
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
              (i32.const 327680)
              (i32.shl
               (i32.add
                (local.get $22)
                (i32.load
                 (i32.add
                  (i32.const 76123328)
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
              (i32.const 327680)
              (i32.shl
               (i32.add
                (local.get $23)
                (i32.load
                 (i32.add
                  (i32.const 76123328)
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
              (i32.const 327680)
              (i32.shl
               (i32.add
                (local.get $24)
                (i32.load
                 (i32.add
                  (i32.const 76123328)
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
              (i32.const 327680)
              (i32.shl
               (i32.add
                (local.get $25)
                (i32.load
                 (i32.add
                  (i32.const 76123328)
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
              (i32.const 327680)
              (i32.shl
               (i32.add
                (local.get $26)
                (i32.load
                 (i32.add
                  (i32.const 76123328)
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
  (block $exit64
   (local.set $7
    (i32.const 0)
   )
   (local.set $54
    (local.get $1)
   )
   (br_if $exit64
    (i32.ge_s
     (local.get $7)
     (local.get $54)
    )
   )
   (loop $loop65
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
    (block $exit58
     (local.set $31
      (i32.const 0)
     )
     (local.set $51
      (local.get $15)
     )
     (br_if $exit58
      (i32.ge_s
       (local.get $31)
       (local.get $51)
      )
     )
     (loop $loop59
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
      (br_if $loop59
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
    (block $exit60
     (local.set $31
      (local.get $16)
     )
     (local.set $52
      (local.get $15)
     )
     (br_if $exit60
      (i32.ge_s
       (local.get $31)
       (local.get $52)
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
      (br_if $loop61
       (i32.lt_s
        (local.get $31)
        (local.get $52)
       )
      )
     )
    )
    (block $exit62
     (local.set $19
      (local.get $16)
     )
     (local.set $53
      (local.get $17)
     )
     (br_if $exit62
      (i32.ge_s
       (local.get $19)
       (local.get $53)
      )
     )
     (loop $loop63
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
      (block $exit56
       (local.set $21
        (i32.const 0)
       )
       (local.set $50
        (local.get $13)
       )
       (br_if $exit56
        (i32.ge_s
         (local.get $21)
         (local.get $50)
        )
       )
       (loop $loop57
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
        (block $exit54
         (local.set $23
          (i32.const 0)
         )
         (local.set $49
          (local.get $11)
         )
         (br_if $exit54
          (i32.ge_s
           (local.get $23)
           (local.get $49)
          )
         )
         (loop $loop55
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
          (block $exit52
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
           (br_if $exit52
            (i32.ge_s
             (local.get $25)
             (local.get $48)
            )
           )
           (loop $loop53
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
            (block $exit50
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
             (br_if $exit50
              (i32.ge_s
               (local.get $26)
               (local.get $47)
              )
             )
             (loop $loop51
              (if
               (local.get $29)
               (then
                (i32.store
                 (local.get $35)
                 (select
                  (i32.add
                   (i32.const 67452928)
                   (i32.shl
                    (i32.add
                     (i32.add
                      (i32.load
                       (i32.add
                        (i32.const 76125376)
                        (i32.shl
                         (local.get $9)
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.load
                       (i32.add
                        (i32.const 76125440)
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
                       (i32.const 76125952)
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
                   (i32.const 67452928)
                   (i32.shl
                    (i32.add
                     (i32.add
                      (i32.load
                       (i32.add
                        (i32.const 76125376)
                        (i32.shl
                         (local.get $9)
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.load
                       (i32.add
                        (i32.const 76125440)
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
                       (i32.const 76125952)
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
                   (i32.const 67452928)
                   (i32.shl
                    (i32.add
                     (i32.add
                      (i32.load
                       (i32.add
                        (i32.const 76125376)
                        (i32.shl
                         (local.get $9)
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.load
                       (i32.add
                        (i32.const 76125440)
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
                       (i32.const 76125952)
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
                   (i32.const 67452928)
                   (i32.shl
                    (i32.add
                     (i32.add
                      (i32.load
                       (i32.add
                        (i32.const 76125376)
                        (i32.shl
                         (local.get $9)
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.load
                       (i32.add
                        (i32.const 76125440)
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
                       (i32.const 76125952)
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
                     (i32.const 76125376)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 76125440)
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
                (block $exit34
                 (local.set $31
                  (i32.const 0)
                 )
                 (local.set $39
                  (i32.const 8)
                 )
                 (br_if $exit34
                  (i32.ge_s
                   (local.get $31)
                   (local.get $39)
                  )
                 )
                 (loop $loop35
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
                      (i32.const 67452928)
                      (i32.shl
                       (i32.add
                        (local.get $30)
                        (i32.load
                         (i32.add
                          (i32.const 76125952)
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
                  (br_if $loop35
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
                     (i32.const 76125376)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 76125440)
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
                (block $exit38
                 (local.set $31
                  (i32.const 0)
                 )
                 (local.set $41
                  (i32.const 8)
                 )
                 (br_if $exit38
                  (i32.ge_s
                   (local.get $31)
                   (local.get $41)
                  )
                 )
                 (loop $loop39
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
                      (i32.const 67452928)
                      (i32.shl
                       (i32.add
                        (local.get $30)
                        (i32.load
                         (i32.add
                          (i32.const 76125952)
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
                  (br_if $loop39
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
                     (i32.const 76125376)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 76125440)
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
                (block $exit42
                 (local.set $31
                  (i32.const 0)
                 )
                 (local.set $43
                  (i32.const 8)
                 )
                 (br_if $exit42
                  (i32.ge_s
                   (local.get $31)
                   (local.get $43)
                  )
                 )
                 (loop $loop43
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
                      (i32.const 67452928)
                      (i32.shl
                       (i32.add
                        (local.get $30)
                        (i32.load
                         (i32.add
                          (i32.const 76125952)
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
                  (br_if $loop43
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
                     (i32.const 76125376)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 76125440)
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
                (block $exit46
                 (local.set $31
                  (i32.const 0)
                 )
                 (local.set $45
                  (i32.const 8)
                 )
                 (br_if $exit46
                  (i32.ge_s
                   (local.get $31)
                   (local.get $45)
                  )
                 )
                 (loop $loop47
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
                      (i32.const 67452928)
                      (i32.shl
                       (i32.add
                        (local.get $30)
                        (i32.load
                         (i32.add
                          (i32.const 76125952)
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
                  (br_if $loop47
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
                     (i32.const 76125376)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 76125440)
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
                 (local.set $40
                  (local.get $28)
                 )
                 (br_if $exit36
                  (i32.ge_s
                   (local.get $31)
                   (local.get $40)
                  )
                 )
                 (loop $loop37
                  (if
                   (local.get $32)
                   (then
                    (f32.store
                     (i32.add
                      (i32.const 67452928)
                      (i32.shl
                       (i32.add
                        (local.get $30)
                        (i32.load
                         (i32.add
                          (i32.const 76125952)
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
                  (br_if $loop37
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
                     (i32.const 76125376)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 76125440)
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
                 (local.set $42
                  (local.get $28)
                 )
                 (br_if $exit40
                  (i32.ge_s
                   (local.get $31)
                   (local.get $42)
                  )
                 )
                 (loop $loop41
                  (if
                   (local.get $32)
                   (then
                    (f32.store
                     (i32.add
                      (i32.const 67452928)
                      (i32.shl
                       (i32.add
                        (local.get $30)
                        (i32.load
                         (i32.add
                          (i32.const 76125952)
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
                  (br_if $loop41
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
                     (i32.const 76125376)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 76125440)
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
                 (local.set $44
                  (local.get $28)
                 )
                 (br_if $exit44
                  (i32.ge_s
                   (local.get $31)
                   (local.get $44)
                  )
                 )
                 (loop $loop45
                  (if
                   (local.get $32)
                   (then
                    (f32.store
                     (i32.add
                      (i32.const 67452928)
                      (i32.shl
                       (i32.add
                        (local.get $30)
                        (i32.load
                         (i32.add
                          (i32.const 76125952)
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
                  (br_if $loop45
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
                     (i32.const 76125376)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 76125440)
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
                 (local.set $46
                  (local.get $28)
                 )
                 (br_if $exit48
                  (i32.ge_s
                   (local.get $31)
                   (local.get $46)
                  )
                 )
                 (loop $loop49
                  (if
                   (local.get $32)
                   (then
                    (f32.store
                     (i32.add
                      (i32.const 67452928)
                      (i32.shl
                       (i32.add
                        (local.get $30)
                        (i32.load
                         (i32.add
                          (i32.const 76125952)
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
                  (br_if $loop49
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
              (br_if $loop51
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
            (br_if $loop53
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
          (br_if $loop55
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
        (br_if $loop57
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
      (br_if $loop63
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
    (br_if $loop65
     (i32.lt_s
      (local.get $7)
      (local.get $54)
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
  (block $exit66
   (local.set $10
    (i32.const 0)
   )
   (local.set $12
    (local.get $1)
   )
   (br_if $exit66
    (i32.ge_s
     (local.get $10)
     (local.get $12)
    )
   )
   (loop $loop67
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
    (br_if $loop67
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
  (block $exit68
   (local.set $2
    (i32.const 0)
   )
   (local.set $4
    (local.get $1)
   )
   (br_if $exit68
    (i32.ge_s
     (local.get $2)
     (local.get $4)
    )
   )
   (loop $loop69
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
    (br_if $loop69
     (i32.lt_s
      (local.get $2)
      (local.get $4)
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
  (block $exit106
   (local.set $16
    (i32.const 0)
   )
   (local.set $74
    (local.get $1)
   )
   (br_if $exit106
    (i32.ge_s
     (local.get $16)
     (local.get $74)
    )
   )
   (loop $loop107
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
      (block $exit104
       (local.set $17
        (i32.const 0)
       )
       (local.set $73
        (local.get $11)
       )
       (br_if $exit104
        (i32.ge_s
         (local.get $17)
         (local.get $73)
        )
       )
       (loop $loop105
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
         (block $exit98
          (local.set $19
           (local.get $18)
          )
          (local.set $69
           (local.get $11)
          )
          (br_if $exit98
           (i32.ge_s
            (local.get $19)
            (local.get $69)
           )
          )
          (loop $loop99
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
           (br_if $loop99
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
          (block $exit100
           (local.set $19
            (local.get $17)
           )
           (local.set $70
            (local.get $18)
           )
           (br_if $exit100
            (i32.ge_s
             (local.get $19)
             (local.get $70)
            )
           )
           (loop $loop101
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
            (br_if $loop101
             (i32.lt_s
              (local.get $19)
              (local.get $70)
             )
            )
           )
          )
         )
        )
        (block $exit102
         (local.set $22
          (local.get $12)
         )
         (local.set $71
          (local.get $13)
         )
         (local.set $72
          (local.get $7)
         )
         (br_if $exit102
          (i32.ge_s
           (local.get $22)
           (local.get $71)
          )
         )
         (loop $loop103
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
          (block $exit96
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
           (br_if $exit96
            (i32.ge_s
             (local.get $24)
             (local.get $67)
            )
           )
           (loop $loop97
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
            (block $exit94
             (local.set $19
              (local.get $17)
             )
             (local.set $66
              (local.get $18)
             )
             (br_if $exit94
              (i32.ge_s
               (local.get $19)
               (local.get $66)
              )
             )
             (loop $loop95
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
                 (block $exit88
                  (local.set $30
                   (i32.const 0)
                  )
                  (local.set $63
                   (i32.const 32)
                  )
                  (br_if $exit88
                   (i32.ge_s
                    (local.get $30)
                    (local.get $63)
                   )
                  )
                  (loop $loop89
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
                   (br_if $loop89
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
                 (block $exit90
                  (local.set $30
                   (i32.const 0)
                  )
                  (local.set $64
                   (i32.const 32)
                  )
                  (br_if $exit90
                   (i32.ge_s
                    (local.get $30)
                    (local.get $64)
                   )
                  )
                  (loop $loop91
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
                   (br_if $loop91
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
                (block $exit92
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
                 (br_if $exit92
                  (i32.ge_s
                   (local.get $31)
                   (local.get $65)
                  )
                 )
                 (loop $loop93
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
                      (i32.const 327680)
                      (i32.shl
                       (i32.load
                        (i32.add
                         (i32.const 76123264)
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
                        (i32.const 76125952)
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
                    (block $exit86
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
                     (br_if $exit86
                      (i32.ge_s
                       (local.get $32)
                       (local.get $62)
                      )
                     )
                     (loop $loop87
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
                           (i32.const 76125376)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 76125440)
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
                      (block $exit70
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $54
                        (i32.const 8)
                       )
                       (br_if $exit70
                        (i32.ge_s
                         (local.get $42)
                         (local.get $54)
                        )
                       )
                       (loop $loop71
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
                            (i32.const 67452928)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 76125952)
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
                        (br_if $loop71
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
                           (i32.const 76125376)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 76125440)
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
                      (block $exit74
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $56
                        (i32.const 8)
                       )
                       (br_if $exit74
                        (i32.ge_s
                         (local.get $42)
                         (local.get $56)
                        )
                       )
                       (loop $loop75
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
                            (i32.const 67452928)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 76125952)
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
                        (br_if $loop75
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
                           (i32.const 76125376)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 76125440)
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
                      (block $exit78
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $58
                        (i32.const 8)
                       )
                       (br_if $exit78
                        (i32.ge_s
                         (local.get $42)
                         (local.get $58)
                        )
                       )
                       (loop $loop79
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
                            (i32.const 67452928)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 76125952)
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
                           (i32.const 76125376)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 76125440)
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
                      (block $exit82
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $60
                        (i32.const 8)
                       )
                       (br_if $exit82
                        (i32.ge_s
                         (local.get $42)
                         (local.get $60)
                        )
                       )
                       (loop $loop83
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
                            (i32.const 67452928)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 76125952)
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
                           (i32.const 76125376)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 76125440)
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
                      (block $exit72
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $55
                        (local.get $34)
                       )
                       (br_if $exit72
                        (i32.ge_s
                         (local.get $42)
                         (local.get $55)
                        )
                       )
                       (loop $loop73
                        (if
                         (local.get $44)
                         (then
                          (f32.store
                           (i32.add
                            (i32.const 67452928)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 76125952)
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
                        (br_if $loop73
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
                           (i32.const 76125376)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 76125440)
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
                      (block $exit76
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $57
                        (local.get $34)
                       )
                       (br_if $exit76
                        (i32.ge_s
                         (local.get $42)
                         (local.get $57)
                        )
                       )
                       (loop $loop77
                        (if
                         (local.get $44)
                         (then
                          (f32.store
                           (i32.add
                            (i32.const 67452928)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 76125952)
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
                        (br_if $loop77
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
                           (i32.const 76125376)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 76125440)
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
                      (block $exit80
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $59
                        (local.get $34)
                       )
                       (br_if $exit80
                        (i32.ge_s
                         (local.get $42)
                         (local.get $59)
                        )
                       )
                       (loop $loop81
                        (if
                         (local.get $44)
                         (then
                          (f32.store
                           (i32.add
                            (i32.const 67452928)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 76125952)
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
                        (br_if $loop81
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
                           (i32.const 76125376)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 76125440)
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
                      (block $exit84
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $61
                        (local.get $34)
                       )
                       (br_if $exit84
                        (i32.ge_s
                         (local.get $42)
                         (local.get $61)
                        )
                       )
                       (loop $loop85
                        (if
                         (local.get $44)
                         (then
                          (f32.store
                           (i32.add
                            (i32.const 67452928)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 76125952)
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
                        (br_if $loop85
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
                      (br_if $loop87
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
                  (br_if $loop93
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
              (br_if $loop95
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
            (br_if $loop97
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
          (br_if $loop103
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
        (br_if $loop105
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
    (br_if $loop107
     (i32.lt_s
      (local.get $16)
      (local.get $74)
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
  (block $exit112
   (local.set $4
    (local.get $0)
   )
   (local.set $33
    (local.get $1)
   )
   (br_if $exit112
    (i32.ge_s
     (local.get $4)
     (local.get $33)
    )
   )
   (loop $loop113
    (local.set $11
     (local.get $4)
    )
    (local.set $5
     (local.get $11)
    )
    (local.set $21
     (i32.add
      (i32.const 67452928)
      (i32.shl
       (local.get $5)
       (i32.const 5)
      )
     )
    )
    (local.set $30
     (i32.add
      (i32.const 67457024)
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
    (block $exit108
     (local.set $6
      (local.get $2)
     )
     (local.set $31
      (i32.sub
       (local.get $3)
       (i32.const 15)
      )
     )
     (br_if $exit108
      (i32.ge_s
       (local.get $6)
       (local.get $31)
      )
     )
     (loop $loop109
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
      (br_if $loop109
       (i32.lt_s
        (local.get $6)
        (local.get $31)
       )
      )
     )
    )
    (block $exit110
     (local.set $6
      (local.get $6)
     )
     (local.set $32
      (i32.sub
       (local.get $3)
       (i32.const 3)
      )
     )
     (br_if $exit110
      (i32.ge_s
       (local.get $6)
       (local.get $32)
      )
     )
     (loop $loop111
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
      (br_if $loop111
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
    (br_if $loop113
     (i32.lt_s
      (local.get $4)
      (local.get $33)
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
  (block $exit114
   (local.set $4
    (local.get $0)
   )
   (local.set $6
    (local.get $1)
   )
   (local.set $7
    (local.get $5)
   )
   (br_if $exit114
    (i32.ge_s
     (local.get $4)
     (local.get $6)
    )
   )
   (loop $loop115
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
    (br_if $loop115
     (i32.lt_s
      (local.get $4)
      (local.get $6)
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
  (local $77 i32)
  (local $78 i32)
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
  (block $exit120
   (local.set $4
    (local.get $0)
   )
   (local.set $78
    (local.get $1)
   )
   (br_if $exit120
    (i32.ge_s
     (local.get $4)
     (local.get $78)
    )
   )
   (loop $loop121
    (local.set $11
     (local.get $4)
    )
    (local.set $5
     (local.get $11)
    )
    (local.set $18
     (i32.add
      (i32.const 67452928)
      (i32.shl
       (local.get $5)
       (i32.const 5)
      )
     )
    )
    (local.set $20
     (i32.add
      (i32.const 67457024)
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
    (block $exit118
     (local.set $6
      (local.get $2)
     )
     (local.set $77
      (i32.sub
       (local.get $3)
       (i32.const 3)
      )
     )
     (br_if $exit118
      (i32.ge_s
       (local.get $6)
       (local.get $77)
      )
     )
     (loop $loop119
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
        (local.get $18)
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
      (br_if $loop119
       (i32.lt_s
        (local.get $6)
        (local.get $77)
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
      (local.set $56
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
      (local.set $57
       (f32x4.sub
        (local.get $56)
        (local.get $21)
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
         (local.get $42)
        )
       )
       (then
        (local.set $64
         (f32x4.lt
          (local.get $58)
          (local.get $40)
         )
        )
        (if
         (i32.eqz
          (i32x4.all_true
           (local.get $64)
          )
         )
         (then
          (local.set $65
           (f32x4.pmin
            (f32x4.pmax
             (local.get $58)
             (local.get $42)
            )
            (local.get $25)
           )
          )
          (local.set $66
           (f32x4.add
            (f32x4.mul
             (local.get $65)
             (local.get $27)
            )
            (local.get $28)
           )
          )
          (local.set $67
           (f32x4.sub
            (local.get $66)
            (local.get $28)
           )
          )
          (local.set $68
           (f32x4.sub
            (f32x4.sub
             (local.get $65)
             (f32x4.mul
              (local.get $67)
              (local.get $31)
             )
            )
            (f32x4.mul
             (local.get $67)
             (local.get $32)
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
                       (local.get $35)
                       (local.get $68)
                      )
                      (local.get $36)
                     )
                     (local.get $68)
                    )
                    (local.get $37)
                   )
                   (local.get $68)
                  )
                  (local.get $38)
                 )
                 (local.get $68)
                )
                (local.get $39)
               )
               (local.get $68)
              )
              (local.get $39)
             )
             (i32x4.shl
              (i32x4.add
               (local.get $66)
               (local.get $34)
              )
              (i32.const 23)
             )
            )
            (local.get $64)
           )
          )
          (local.set $69
           (v128.andnot
            (f32x4.lt
             (local.get $58)
             (local.get $42)
            )
            (local.get $64)
           )
          )
          (if
           (v128.any_true
            (local.get $69)
           )
           (then
            (local.set $70
             (f32x4.pmax
              (local.get $58)
              (local.get $40)
             )
            )
            (local.set $71
             (f32x4.add
              (f32x4.mul
               (local.get $70)
               (local.get $27)
              )
              (local.get $28)
             )
            )
            (local.set $72
             (f32x4.sub
              (local.get $71)
              (local.get $28)
             )
            )
            (local.set $73
             (f32x4.sub
              (f32x4.sub
               (local.get $70)
               (f32x4.mul
                (local.get $72)
                (local.get $31)
               )
              )
              (f32x4.mul
               (local.get $72)
               (local.get $32)
              )
             )
            )
            (local.set $74
             (i32x4.shr_s
              (i32x4.sub
               (local.get $71)
               (local.get $52)
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
                          (local.get $35)
                          (local.get $73)
                         )
                         (local.get $36)
                        )
                        (local.get $73)
                       )
                       (local.get $37)
                      )
                      (local.get $73)
                     )
                     (local.get $38)
                    )
                    (local.get $73)
                   )
                   (local.get $39)
                  )
                  (local.get $73)
                 )
                 (local.get $39)
                )
                (i32x4.shl
                 (i32x4.add
                  (local.get $74)
                  (local.get $54)
                 )
                 (i32.const 23)
                )
               )
               (i32x4.shl
                (i32x4.add
                 (i32x4.sub
                  (i32x4.sub
                   (local.get $71)
                   (local.get $52)
                  )
                  (local.get $74)
                 )
                 (local.get $54)
                )
                (i32.const 23)
               )
              )
              (local.get $59)
              (local.get $69)
             )
            )
           )
          )
         )
        )
       )
       (else
        (local.set $60
         (f32x4.pmin
          (local.get $58)
          (local.get $25)
         )
        )
        (local.set $61
         (f32x4.add
          (f32x4.mul
           (local.get $60)
           (local.get $27)
          )
          (local.get $28)
         )
        )
        (local.set $62
         (f32x4.sub
          (local.get $61)
          (local.get $28)
         )
        )
        (local.set $63
         (f32x4.sub
          (f32x4.sub
           (local.get $60)
           (f32x4.mul
            (local.get $62)
            (local.get $31)
           )
          )
          (f32x4.mul
           (local.get $62)
           (local.get $32)
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
                    (local.get $35)
                    (local.get $63)
                   )
                   (local.get $36)
                  )
                  (local.get $63)
                 )
                 (local.get $37)
                )
                (local.get $63)
               )
               (local.get $38)
              )
              (local.get $63)
             )
             (local.get $39)
            )
            (local.get $63)
           )
           (local.get $39)
          )
          (i32x4.shl
           (i32x4.add
            (local.get $61)
            (local.get $34)
           )
           (i32.const 23)
          )
         )
        )
       )
      )
      (local.set $75
       (local.get $59)
      )
      (local.set $76
       (local.get $75)
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
       (local.get $76)
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
         (local.get $76)
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
         (local.get $76)
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
         (local.get $76)
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
    (br_if $loop121
     (i32.lt_s
      (local.get $4)
      (local.get $78)
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
    (block $exit124
     (local.set $4
      (local.get $2)
     )
     (local.set $8
      (local.get $3)
     )
     (local.set $9
      (local.get $5)
     )
     (br_if $exit124
      (i32.ge_s
       (local.get $4)
       (local.get $8)
      )
     )
     (loop $loop125
      (call $op2_part
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
      (br_if $loop125
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
    (block $exit122
     (local.set $4
      (local.get $0)
     )
     (local.set $6
      (local.get $1)
     )
     (local.set $7
      (local.get $5)
     )
     (br_if $exit122
      (i32.ge_s
       (local.get $4)
       (local.get $6)
      )
     )
     (loop $loop123
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
      (br_if $loop123
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
 (func $op3_stage0_part (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
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
  (block $exit130
   (local.set $4
    (local.get $0)
   )
   (local.set $33
    (local.get $1)
   )
   (br_if $exit130
    (i32.ge_s
     (local.get $4)
     (local.get $33)
    )
   )
   (loop $loop131
    (local.set $11
     (local.get $4)
    )
    (local.set $5
     (local.get $11)
    )
    (local.set $21
     (i32.add
      (i32.const 67452928)
      (i32.shl
       (local.get $5)
       (i32.const 5)
      )
     )
    )
    (local.set $30
     (i32.add
      (i32.const 76126016)
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
    (block $exit126
     (local.set $6
      (local.get $2)
     )
     (local.set $31
      (i32.sub
       (local.get $3)
       (i32.const 15)
      )
     )
     (br_if $exit126
      (i32.ge_s
       (local.get $6)
       (local.get $31)
      )
     )
     (loop $loop127
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
      (br_if $loop127
       (i32.lt_s
        (local.get $6)
        (local.get $31)
       )
      )
     )
    )
    (block $exit128
     (local.set $6
      (local.get $6)
     )
     (local.set $32
      (i32.sub
       (local.get $3)
       (i32.const 3)
      )
     )
     (br_if $exit128
      (i32.ge_s
       (local.get $6)
       (local.get $32)
      )
     )
     (loop $loop129
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
      (br_if $loop129
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
    (br_if $loop131
     (i32.lt_s
      (local.get $4)
      (local.get $33)
     )
    )
   )
  )
 )
 (func $op3_stage0 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
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
  (block $exit132
   (local.set $4
    (local.get $0)
   )
   (local.set $6
    (local.get $1)
   )
   (local.set $7
    (local.get $5)
   )
   (br_if $exit132
    (i32.ge_s
     (local.get $4)
     (local.get $6)
    )
   )
   (loop $loop133
    (call $op3_stage0_part
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
    (br_if $loop133
     (i32.lt_s
      (local.get $4)
      (local.get $6)
     )
    )
   )
  )
 )
 (func $op3_stage1_part (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
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
  (block $exit138
   (local.set $4
    (local.get $0)
   )
   (local.set $28
    (local.get $1)
   )
   (br_if $exit138
    (i32.ge_s
     (local.get $4)
     (local.get $28)
    )
   )
   (loop $loop139
    (local.set $11
     (local.get $4)
    )
    (local.set $5
     (local.get $11)
    )
    (local.set $18
     (i32.add
      (i32.const 67452928)
      (i32.shl
       (local.get $5)
       (i32.const 5)
      )
     )
    )
    (local.set $20
     (i32.add
      (i32.const 76126016)
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
      (i32.const 67457536)
      (i32.shl
       (local.get $5)
       (i32.const 5)
      )
     )
    )
    (block $exit136
     (local.set $6
      (local.get $2)
     )
     (local.set $27
      (i32.sub
       (local.get $3)
       (i32.const 3)
      )
     )
     (br_if $exit136
      (i32.ge_s
       (local.get $6)
       (local.get $27)
      )
     )
     (loop $loop137
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
      (br_if $loop137
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
    (br_if $loop139
     (i32.lt_s
      (local.get $4)
      (local.get $28)
     )
    )
   )
  )
 )
 (func $op3_stage1 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
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
    (block $exit142
     (local.set $4
      (local.get $2)
     )
     (local.set $8
      (local.get $3)
     )
     (local.set $9
      (local.get $5)
     )
     (br_if $exit142
      (i32.ge_s
       (local.get $4)
       (local.get $8)
      )
     )
     (loop $loop143
      (call $op3_stage1_part
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
      (br_if $loop143
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
    (block $exit140
     (local.set $4
      (local.get $0)
     )
     (local.set $6
      (local.get $1)
     )
     (local.set $7
      (local.get $5)
     )
     (br_if $exit140
      (i32.ge_s
       (local.get $4)
       (local.get $6)
      )
     )
     (loop $loop141
      (call $op3_stage1_part
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
      (br_if $loop141
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
 (func $op4_stage0_part (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 v128)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
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
  (local $40 i32)
  (local $41 i32)
  (local $42 i32)
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
  (local $59 i32)
  (local $60 v128)
  (local $61 i32)
  (local $62 i32)
  (local.set $25
   (v128.const i32x4 0x00000000 0x00000001 0x00000002 0x00000003)
  )
  (local.set $38
   (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
  )
  (local.set $39
   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
  )
  (block $exit150
   (local.set $4
    (local.get $0)
   )
   (local.set $62
    (local.get $1)
   )
   (br_if $exit150
    (i32.ge_s
     (local.get $4)
     (local.get $62)
    )
   )
   (loop $loop151
    (local.set $12
     (local.get $4)
    )
    (local.set $5
     (local.get $12)
    )
    (local.set $19
     (i32.add
      (i32.const 67457536)
      (i32.shl
       (local.get $5)
       (i32.const 5)
      )
     )
    )
    (local.set $41
     (i32.add
      (i32.const 76126528)
      (i32.shl
       (local.get $5)
       (i32.const 5)
      )
     )
    )
    (block $exit148
     (local.set $6
      (local.get $2)
     )
     (local.set $61
      (i32.sub
       (local.get $3)
       (i32.const 3)
      )
     )
     (br_if $exit148
      (i32.ge_s
       (local.get $6)
       (local.get $61)
      )
     )
     (loop $loop149
      (local.set $22
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
      (local.set $26
       (f32x4.convert_i32x4_s
        (i32x4.add
         (i32x4.splat
          (local.get $6)
         )
         (local.get $25)
        )
       )
      )
      (local.set $29
       (f32x4.ne
        (local.get $22)
        (local.get $22)
       )
      )
      (local.set $35
       (f32x4.eq
        (local.get $22)
        (local.get $22)
       )
      )
      (local.set $14
       (local.get $39)
      )
      (block $exit144
       (local.set $7
        (i32.const 0)
       )
       (local.set $40
        (i32.const 8)
       )
       (br_if $exit144
        (i32.ge_s
         (local.get $7)
         (local.get $40)
        )
       )
       (loop $loop145
        (local.set $20
         (i32.add
          (local.get $19)
          (i32.shl
           (local.get $7)
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
         (f32x4.gt
          (local.get $21)
          (local.get $22)
         )
        )
        (local.set $24
         (f32x4.splat
          (f32.convert_i32_s
           (local.get $7)
          )
         )
        )
        (local.set $27
         (f32x4.lt
          (local.get $24)
          (local.get $26)
         )
        )
        (local.set $28
         (f32x4.eq
          (local.get $22)
          (local.get $21)
         )
        )
        (local.set $30
         (f32x4.ne
          (local.get $21)
          (local.get $21)
         )
        )
        (local.set $31
         (v128.and
          (local.get $29)
          (local.get $30)
         )
        )
        (local.set $32
         (v128.or
          (local.get $28)
          (local.get $31)
         )
        )
        (local.set $33
         (v128.and
          (local.get $27)
          (local.get $32)
         )
        )
        (local.set $34
         (v128.or
          (local.get $23)
          (local.get $33)
         )
        )
        (local.set $36
         (v128.and
          (local.get $35)
          (local.get $30)
         )
        )
        (local.set $37
         (v128.or
          (local.get $34)
          (local.get $36)
         )
        )
        (local.set $14
         (f32x4.add
          (local.get $14)
          (v128.and
           (local.get $37)
           (local.get $38)
          )
         )
        )
        (local.set $7
         (i32.add
          (local.get $7)
          (i32.const 1)
         )
        )
        (br_if $loop145
         (i32.lt_s
          (local.get $7)
          (local.get $40)
         )
        )
       )
      )
      (v128.store align=4
       (i32.add
        (local.get $41)
        (i32.shl
         (local.get $6)
         (i32.const 2)
        )
       )
       (local.get $14)
      )
      (local.set $6
       (i32.add
        (local.get $6)
        (i32.const 4)
       )
      )
      (br_if $loop149
       (i32.lt_s
        (local.get $6)
        (local.get $61)
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
      (local.set $13
       (i32.sub
        (local.get $3)
        (local.get $6)
       )
      )
      (local.set $8
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
      (local.set $9
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
      (local.set $10
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
      (local.set $11
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
      (local.set $44
       (v128.load32_lane 3
        (i32.add
         (local.get $19)
         (i32.shl
          (local.get $11)
          (i32.const 2)
         )
        )
        (v128.load32_lane 2
         (i32.add
          (local.get $19)
          (i32.shl
           (local.get $10)
           (i32.const 2)
          )
         )
         (v128.load32_lane 1
          (i32.add
           (local.get $19)
           (i32.shl
            (local.get $9)
            (i32.const 2)
           )
          )
          (v128.load32_lane 0
           (i32.add
            (local.get $19)
            (i32.shl
             (local.get $8)
             (i32.const 2)
            )
           )
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
         )
        )
       )
      )
      (local.set $47
       (f32x4.convert_i32x4_s
        (i32x4.replace_lane 3
         (i32x4.replace_lane 2
          (i32x4.replace_lane 1
           (i32x4.splat
            (local.get $8)
           )
           (local.get $9)
          )
          (local.get $10)
         )
         (local.get $11)
        )
       )
      )
      (local.set $50
       (f32x4.ne
        (local.get $44)
        (local.get $44)
       )
      )
      (local.set $56
       (f32x4.eq
        (local.get $44)
        (local.get $44)
       )
      )
      (local.set $14
       (local.get $39)
      )
      (block $exit146
       (local.set $7
        (i32.const 0)
       )
       (local.set $59
        (i32.const 8)
       )
       (br_if $exit146
        (i32.ge_s
         (local.get $7)
         (local.get $59)
        )
       )
       (loop $loop147
        (local.set $42
         (i32.add
          (local.get $19)
          (i32.shl
           (local.get $7)
           (i32.const 2)
          )
         )
        )
        (local.set $43
         (v128.load32_splat
          (local.get $42)
         )
        )
        (local.set $45
         (f32x4.gt
          (local.get $43)
          (local.get $44)
         )
        )
        (local.set $46
         (f32x4.splat
          (f32.convert_i32_s
           (local.get $7)
          )
         )
        )
        (local.set $48
         (f32x4.lt
          (local.get $46)
          (local.get $47)
         )
        )
        (local.set $49
         (f32x4.eq
          (local.get $44)
          (local.get $43)
         )
        )
        (local.set $51
         (f32x4.ne
          (local.get $43)
          (local.get $43)
         )
        )
        (local.set $52
         (v128.and
          (local.get $50)
          (local.get $51)
         )
        )
        (local.set $53
         (v128.or
          (local.get $49)
          (local.get $52)
         )
        )
        (local.set $54
         (v128.and
          (local.get $48)
          (local.get $53)
         )
        )
        (local.set $55
         (v128.or
          (local.get $45)
          (local.get $54)
         )
        )
        (local.set $57
         (v128.and
          (local.get $56)
          (local.get $51)
         )
        )
        (local.set $58
         (v128.or
          (local.get $55)
          (local.get $57)
         )
        )
        (local.set $14
         (f32x4.add
          (local.get $14)
          (v128.and
           (local.get $58)
           (local.get $38)
          )
         )
        )
        (local.set $7
         (i32.add
          (local.get $7)
          (i32.const 1)
         )
        )
        (br_if $loop147
         (i32.lt_s
          (local.get $7)
          (local.get $59)
         )
        )
       )
      )
      (local.set $60
       (local.get $14)
      )
      (v128.store32_lane 0
       (i32.add
        (local.get $41)
        (i32.shl
         (i32.add
          (local.get $6)
          (i32.const 0)
         )
         (i32.const 2)
        )
       )
       (local.get $60)
      )
      (if
       (i32.lt_s
        (i32.const 1)
        (local.get $13)
       )
       (then
        (v128.store32_lane 1
         (i32.add
          (local.get $41)
          (i32.shl
           (i32.add
            (local.get $6)
            (i32.const 1)
           )
           (i32.const 2)
          )
         )
         (local.get $60)
        )
       )
      )
      (if
       (i32.lt_s
        (i32.const 2)
        (local.get $13)
       )
       (then
        (v128.store32_lane 2
         (i32.add
          (local.get $41)
          (i32.shl
           (i32.add
            (local.get $6)
            (i32.const 2)
           )
           (i32.const 2)
          )
         )
         (local.get $60)
        )
       )
      )
      (if
       (i32.lt_s
        (i32.const 3)
        (local.get $13)
       )
       (then
        (v128.store32_lane 3
         (i32.add
          (local.get $41)
          (i32.shl
           (i32.add
            (local.get $6)
            (i32.const 3)
           )
           (i32.const 2)
          )
         )
         (local.get $60)
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
    (br_if $loop151
     (i32.lt_s
      (local.get $4)
      (local.get $62)
     )
    )
   )
  )
 )
 (func $op4_stage0 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
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
    (block $exit154
     (local.set $4
      (local.get $2)
     )
     (local.set $8
      (local.get $3)
     )
     (local.set $9
      (local.get $5)
     )
     (br_if $exit154
      (i32.ge_s
       (local.get $4)
       (local.get $8)
      )
     )
     (loop $loop155
      (call $op4_stage0_part
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
      (br_if $loop155
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
    (block $exit152
     (local.set $4
      (local.get $0)
     )
     (local.set $6
      (local.get $1)
     )
     (local.set $7
      (local.get $5)
     )
     (br_if $exit152
      (i32.ge_s
       (local.get $4)
       (local.get $6)
      )
     )
     (loop $loop153
      (call $op4_stage0_part
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
      (br_if $loop153
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
 (func $op4_stage1_part (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
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
  (local $32 i32)
  (local $33 i32)
  (local.set $20
   (v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000)
  )
  (local.set $24
   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
  )
  (block $exit158
   (local.set $4
    (local.get $0)
   )
   (local.set $33
    (local.get $1)
   )
   (br_if $exit158
    (i32.ge_s
     (local.get $4)
     (local.get $33)
    )
   )
   (loop $loop159
    (local.set $11
     (local.get $4)
    )
    (local.set $5
     (local.get $11)
    )
    (local.set $18
     (i32.add
      (i32.const 76126528)
      (i32.shl
       (local.get $5)
       (i32.const 5)
      )
     )
    )
    (local.set $22
     (i32.add
      (i32.const 67457536)
      (i32.shl
       (local.get $5)
       (i32.const 5)
      )
     )
    )
    (local.set $26
     (i32.add
      (i32.const 67461632)
      (i32.shl
       (local.get $5)
       (i32.const 5)
      )
     )
    )
    (block $exit156
     (local.set $6
      (local.get $2)
     )
     (local.set $32
      (i32.sub
       (local.get $3)
       (i32.const 3)
      )
     )
     (br_if $exit156
      (i32.ge_s
       (local.get $6)
       (local.get $32)
      )
     )
     (loop $loop157
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
       (f32x4.lt
        (local.get $19)
        (local.get $20)
       )
      )
      (local.set $23
       (v128.load align=4
        (i32.add
         (local.get $22)
         (i32.shl
          (local.get $6)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $25
       (v128.bitselect
        (local.get $23)
        (local.get $24)
        (local.get $21)
       )
      )
      (v128.store align=4
       (i32.add
        (local.get $26)
        (i32.shl
         (local.get $6)
         (i32.const 2)
        )
       )
       (local.get $25)
      )
      (local.set $6
       (i32.add
        (local.get $6)
        (i32.const 4)
       )
      )
      (br_if $loop157
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
      (local.set $27
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
      (local.set $28
       (f32x4.lt
        (local.get $27)
        (local.get $20)
       )
      )
      (local.set $29
       (v128.load32_lane 3
        (i32.add
         (local.get $22)
         (i32.shl
          (local.get $10)
          (i32.const 2)
         )
        )
        (v128.load32_lane 2
         (i32.add
          (local.get $22)
          (i32.shl
           (local.get $9)
           (i32.const 2)
          )
         )
         (v128.load32_lane 1
          (i32.add
           (local.get $22)
           (i32.shl
            (local.get $8)
            (i32.const 2)
           )
          )
          (v128.load32_lane 0
           (i32.add
            (local.get $22)
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
      (local.set $30
       (v128.bitselect
        (local.get $29)
        (local.get $24)
        (local.get $28)
       )
      )
      (local.set $31
       (local.get $30)
      )
      (v128.store32_lane 0
       (i32.add
        (local.get $26)
        (i32.shl
         (i32.add
          (local.get $6)
          (i32.const 0)
         )
         (i32.const 2)
        )
       )
       (local.get $31)
      )
      (if
       (i32.lt_s
        (i32.const 1)
        (local.get $12)
       )
       (then
        (v128.store32_lane 1
         (i32.add
          (local.get $26)
          (i32.shl
           (i32.add
            (local.get $6)
            (i32.const 1)
           )
           (i32.const 2)
          )
         )
         (local.get $31)
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
          (local.get $26)
          (i32.shl
           (i32.add
            (local.get $6)
            (i32.const 2)
           )
           (i32.const 2)
          )
         )
         (local.get $31)
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
          (local.get $26)
          (i32.shl
           (i32.add
            (local.get $6)
            (i32.const 3)
           )
           (i32.const 2)
          )
         )
         (local.get $31)
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
    (br_if $loop159
     (i32.lt_s
      (local.get $4)
      (local.get $33)
     )
    )
   )
  )
 )
 (func $op4_stage1 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
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
    (block $exit162
     (local.set $4
      (local.get $2)
     )
     (local.set $8
      (local.get $3)
     )
     (local.set $9
      (local.get $5)
     )
     (br_if $exit162
      (i32.ge_s
       (local.get $4)
       (local.get $8)
      )
     )
     (loop $loop163
      (call $op4_stage1_part
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
      (br_if $loop163
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
    (block $exit160
     (local.set $4
      (local.get $0)
     )
     (local.set $6
      (local.get $1)
     )
     (local.set $7
      (local.get $5)
     )
     (br_if $exit160
      (i32.ge_s
       (local.get $4)
       (local.get $6)
      )
     )
     (loop $loop161
      (call $op4_stage1_part
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
      (br_if $loop161
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
 (func $op5_part (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
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
  (local $24 i32)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 i32)
  (local $30 i32)
  (local.set $20
   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
  )
  (local.set $22
   (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
  )
  (block $exit166
   (local.set $4
    (local.get $0)
   )
   (local.set $30
    (local.get $1)
   )
   (br_if $exit166
    (i32.ge_s
     (local.get $4)
     (local.get $30)
    )
   )
   (loop $loop167
    (local.set $11
     (local.get $4)
    )
    (local.set $5
     (local.get $11)
    )
    (local.set $18
     (i32.add
      (i32.const 67461632)
      (i32.shl
       (local.get $5)
       (i32.const 5)
      )
     )
    )
    (local.set $24
     (i32.add
      (i32.const 67465728)
      (i32.shl
       (local.get $5)
       (i32.const 5)
      )
     )
    )
    (block $exit164
     (local.set $6
      (local.get $2)
     )
     (local.set $29
      (i32.sub
       (local.get $3)
       (i32.const 3)
      )
     )
     (br_if $exit164
      (i32.ge_s
       (local.get $6)
       (local.get $29)
      )
     )
     (loop $loop165
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
       (f32x4.ne
        (local.get $19)
        (local.get $20)
       )
      )
      (local.set $23
       (v128.bitselect
        (local.get $22)
        (local.get $20)
        (local.get $21)
       )
      )
      (v128.store align=4
       (i32.add
        (local.get $24)
        (i32.shl
         (local.get $6)
         (i32.const 2)
        )
       )
       (local.get $23)
      )
      (local.set $6
       (i32.add
        (local.get $6)
        (i32.const 4)
       )
      )
      (br_if $loop165
       (i32.lt_s
        (local.get $6)
        (local.get $29)
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
      (local.set $25
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
      (local.set $26
       (f32x4.ne
        (local.get $25)
        (local.get $20)
       )
      )
      (local.set $27
       (v128.bitselect
        (local.get $22)
        (local.get $20)
        (local.get $26)
       )
      )
      (local.set $28
       (local.get $27)
      )
      (v128.store32_lane 0
       (i32.add
        (local.get $24)
        (i32.shl
         (i32.add
          (local.get $6)
          (i32.const 0)
         )
         (i32.const 2)
        )
       )
       (local.get $28)
      )
      (if
       (i32.lt_s
        (i32.const 1)
        (local.get $12)
       )
       (then
        (v128.store32_lane 1
         (i32.add
          (local.get $24)
          (i32.shl
           (i32.add
            (local.get $6)
            (i32.const 1)
           )
           (i32.const 2)
          )
         )
         (local.get $28)
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
          (local.get $24)
          (i32.shl
           (i32.add
            (local.get $6)
            (i32.const 2)
           )
           (i32.const 2)
          )
         )
         (local.get $28)
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
          (local.get $24)
          (i32.shl
           (i32.add
            (local.get $6)
            (i32.const 3)
           )
           (i32.const 2)
          )
         )
         (local.get $28)
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
    (br_if $loop167
     (i32.lt_s
      (local.get $4)
      (local.get $30)
     )
    )
   )
  )
 )
 (func $op5 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
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
    (block $exit170
     (local.set $4
      (local.get $2)
     )
     (local.set $8
      (local.get $3)
     )
     (local.set $9
      (local.get $5)
     )
     (br_if $exit170
      (i32.ge_s
       (local.get $4)
       (local.get $8)
      )
     )
     (loop $loop171
      (call $op5_part
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
      (br_if $loop171
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
    (block $exit168
     (local.set $4
      (local.get $0)
     )
     (local.set $6
      (local.get $1)
     )
     (local.set $7
      (local.get $5)
     )
     (br_if $exit168
      (i32.ge_s
       (local.get $4)
       (local.get $6)
      )
     )
     (loop $loop169
      (call $op5_part
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
      (br_if $loop169
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
 (func $op6_epilogue_part (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 v128)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
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
  (local.set $23
   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
  )
  (block $exit174
   (local.set $4
    (local.get $0)
   )
   (local.set $31
    (local.get $1)
   )
   (br_if $exit174
    (i32.ge_s
     (local.get $4)
     (local.get $31)
    )
   )
   (loop $loop175
    (local.set $12
     (local.get $4)
    )
    (local.set $6
     (i32.rem_u
      (local.get $12)
      (i32.const 128)
     )
    )
    (local.set $12
     (i32.div_u
      (local.get $12)
      (i32.const 128)
     )
    )
    (local.set $5
     (local.get $12)
    )
    (local.set $19
     (i32.add
      (i32.add
       (i32.const 67465728)
       (i32.shl
        (local.get $6)
        (i32.const 5)
       )
      )
      (i32.shl
       (local.get $5)
       (i32.const 2)
      )
     )
    )
    (local.set $20
     (v128.load32_splat
      (local.get $19)
     )
    )
    (local.set $21
     (i32.add
      (i32.add
       (i32.const 67469824)
       (i32.shl
        (local.get $5)
        (i32.const 20)
       )
      )
      (i32.shl
       (local.get $6)
       (i32.const 13)
      )
     )
    )
    (block $exit172
     (local.set $7
      (local.get $2)
     )
     (local.set $30
      (i32.sub
       (local.get $3)
       (i32.const 3)
      )
     )
     (br_if $exit172
      (i32.ge_s
       (local.get $7)
       (local.get $30)
      )
     )
     (loop $loop173
      (local.set $22
       (v128.load align=4
        (i32.add
         (local.get $21)
         (i32.shl
          (local.get $7)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $24
       (f32x4.pmax
        (local.get $22)
        (local.get $23)
       )
      )
      (local.set $25
       (f32x4.mul
        (local.get $20)
        (local.get $24)
       )
      )
      (v128.store align=4
       (i32.add
        (local.get $21)
        (i32.shl
         (local.get $7)
         (i32.const 2)
        )
       )
       (local.get $25)
      )
      (local.set $7
       (i32.add
        (local.get $7)
        (i32.const 4)
       )
      )
      (br_if $loop173
       (i32.lt_s
        (local.get $7)
        (local.get $30)
       )
      )
     )
    )
    (if
     (i32.lt_s
      (local.get $7)
      (local.get $3)
     )
     (then
      (local.set $13
       (i32.sub
        (local.get $3)
        (local.get $7)
       )
      )
      (local.set $8
       (select
        (i32.add
         (local.get $7)
         (i32.const 0)
        )
        (i32.sub
         (local.get $3)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $7)
          (i32.const 0)
         )
         (local.get $3)
        )
       )
      )
      (local.set $9
       (select
        (i32.add
         (local.get $7)
         (i32.const 1)
        )
        (i32.sub
         (local.get $3)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $7)
          (i32.const 1)
         )
         (local.get $3)
        )
       )
      )
      (local.set $10
       (select
        (i32.add
         (local.get $7)
         (i32.const 2)
        )
        (i32.sub
         (local.get $3)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $7)
          (i32.const 2)
         )
         (local.get $3)
        )
       )
      )
      (local.set $11
       (select
        (i32.add
         (local.get $7)
         (i32.const 3)
        )
        (i32.sub
         (local.get $3)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $7)
          (i32.const 3)
         )
         (local.get $3)
        )
       )
      )
      (local.set $26
       (v128.load32_lane 3
        (i32.add
         (local.get $21)
         (i32.shl
          (local.get $11)
          (i32.const 2)
         )
        )
        (v128.load32_lane 2
         (i32.add
          (local.get $21)
          (i32.shl
           (local.get $10)
           (i32.const 2)
          )
         )
         (v128.load32_lane 1
          (i32.add
           (local.get $21)
           (i32.shl
            (local.get $9)
            (i32.const 2)
           )
          )
          (v128.load32_lane 0
           (i32.add
            (local.get $21)
            (i32.shl
             (local.get $8)
             (i32.const 2)
            )
           )
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
         )
        )
       )
      )
      (local.set $27
       (f32x4.pmax
        (local.get $26)
        (local.get $23)
       )
      )
      (local.set $28
       (f32x4.mul
        (local.get $20)
        (local.get $27)
       )
      )
      (local.set $29
       (local.get $28)
      )
      (v128.store32_lane 0
       (i32.add
        (local.get $21)
        (i32.shl
         (i32.add
          (local.get $7)
          (i32.const 0)
         )
         (i32.const 2)
        )
       )
       (local.get $29)
      )
      (if
       (i32.lt_s
        (i32.const 1)
        (local.get $13)
       )
       (then
        (v128.store32_lane 1
         (i32.add
          (local.get $21)
          (i32.shl
           (i32.add
            (local.get $7)
            (i32.const 1)
           )
           (i32.const 2)
          )
         )
         (local.get $29)
        )
       )
      )
      (if
       (i32.lt_s
        (i32.const 2)
        (local.get $13)
       )
       (then
        (v128.store32_lane 2
         (i32.add
          (local.get $21)
          (i32.shl
           (i32.add
            (local.get $7)
            (i32.const 2)
           )
           (i32.const 2)
          )
         )
         (local.get $29)
        )
       )
      )
      (if
       (i32.lt_s
        (i32.const 3)
        (local.get $13)
       )
       (then
        (v128.store32_lane 3
         (i32.add
          (local.get $21)
          (i32.shl
           (i32.add
            (local.get $7)
            (i32.const 3)
           )
           (i32.const 2)
          )
         )
         (local.get $29)
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
    (br_if $loop175
     (i32.lt_s
      (local.get $4)
      (local.get $31)
     )
    )
   )
  )
 )
 (func $op6_epilogue (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
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
    (block $exit178
     (local.set $4
      (local.get $2)
     )
     (local.set $8
      (local.get $3)
     )
     (local.set $9
      (local.get $5)
     )
     (br_if $exit178
      (i32.ge_s
       (local.get $4)
       (local.get $8)
      )
     )
     (loop $loop179
      (call $op6_epilogue_part
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
      (br_if $loop179
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
    (block $exit176
     (local.set $4
      (local.get $0)
     )
     (local.set $6
      (local.get $1)
     )
     (local.set $7
      (local.get $5)
     )
     (br_if $exit176
      (i32.ge_s
       (local.get $4)
       (local.get $6)
      )
     )
     (loop $loop177
      (call $op6_epilogue_part
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
      (br_if $loop177
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
 (func $op6_packA (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32)
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
  (block $exit190
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
   (br_if $exit190
    (i32.ge_s
     (local.get $6)
     (local.get $40)
    )
   )
   (loop $loop191
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
         (i32.const 76131200)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 76131264)
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
         (i32.const 76131200)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 76131264)
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
         (i32.const 76131200)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 76131264)
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
         (i32.const 76131200)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 76131264)
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
    (block $exit188
     (local.set $19
      (i32.const 0)
     )
     (local.set $39
      (local.get $4)
     )
     (br_if $exit188
      (i32.ge_s
       (local.get $19)
       (local.get $39)
      )
     )
     (loop $loop189
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
      (block $exit182
       (local.set $20
        (local.get $22)
       )
       (local.set $36
        (local.get $4)
       )
       (br_if $exit182
        (i32.ge_s
         (local.get $20)
         (local.get $36)
        )
       )
       (loop $loop183
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
        (br_if $loop183
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
              (i32.const 76131776)
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
              (i32.const 76131776)
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
              (i32.const 76131776)
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
              (i32.const 76131776)
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
        (block $exit184
         (local.set $7
          (local.get $19)
         )
         (local.set $37
          (local.get $23)
         )
         (br_if $exit184
          (i32.ge_s
           (local.get $7)
           (local.get $37)
          )
         )
         (loop $loop185
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
          (br_if $loop185
           (i32.lt_s
            (local.get $7)
            (local.get $37)
           )
          )
         )
        )
       )
      )
      (block $exit186
       (local.set $7
        (local.get $23)
       )
       (local.set $38
        (local.get $22)
       )
       (br_if $exit186
        (i32.ge_s
         (local.get $7)
         (local.get $38)
        )
       )
       (loop $loop187
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
                (i32.const 76131776)
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
                (i32.const 76131776)
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
                (i32.const 76131776)
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
                (i32.const 76131776)
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
        (br_if $loop187
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
      (br_if $loop189
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
    (br_if $loop191
     (i32.lt_s
      (local.get $6)
      (local.get $40)
     )
    )
   )
  )
 )
 (func $op6_packB (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32)
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
      (i32.const 344064)
      (i32.shl
       (i32.add
        (i32.load
         (i32.add
          (i32.const 76133824)
          (i32.shl
           (local.get $5)
           (i32.const 2)
          )
         )
        )
        (i32.load
         (i32.add
          (i32.const 76133888)
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
    (block $exit198
     (local.set $7
      (i32.const 0)
     )
     (local.set $35
      (local.get $2)
     )
     (br_if $exit198
      (i32.ge_s
       (local.get $7)
       (local.get $35)
      )
     )
     (loop $loop199
      (local.set $31
       (i32.add
        (local.get $30)
        (i32.shl
         (i32.load
          (i32.add
           (i32.const 76142080)
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
      (block $exit196
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
       (br_if $exit196
        (i32.ge_s
         (local.get $6)
         (local.get $34)
        )
       )
       (loop $loop197
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
        (br_if $loop197
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
      (br_if $loop199
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
    (block $exit194
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
     (br_if $exit194
      (i32.ge_s
       (local.get $6)
       (local.get $29)
      )
     )
     (loop $loop195
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
           (i32.const 76133824)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 76133888)
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
           (i32.const 76133824)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 76133888)
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
           (i32.const 76133824)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 76133888)
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
           (i32.const 76133824)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 76133888)
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
           (i32.const 76133824)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 76133888)
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
           (i32.const 76133824)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 76133888)
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
           (i32.const 76133824)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 76133888)
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
           (i32.const 76133824)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 76133888)
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
      (block $exit192
       (local.set $7
        (i32.const 0)
       )
       (local.set $28
        (local.get $2)
       )
       (br_if $exit192
        (i32.ge_s
         (local.get $7)
         (local.get $28)
        )
       )
       (loop $loop193
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
            (i32.const 344064)
            (i32.shl
             (i32.add
              (local.get $19)
              (i32.load
               (i32.add
                (i32.const 76142080)
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
              (i32.const 344064)
              (i32.shl
               (i32.add
                (local.get $19)
                (i32.load
                 (i32.add
                  (i32.const 76142080)
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
              (i32.const 344064)
              (i32.shl
               (i32.add
                (local.get $20)
                (i32.load
                 (i32.add
                  (i32.const 76142080)
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
              (i32.const 344064)
              (i32.shl
               (i32.add
                (local.get $21)
                (i32.load
                 (i32.add
                  (i32.const 76142080)
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
              (i32.const 344064)
              (i32.shl
               (i32.add
                (local.get $22)
                (i32.load
                 (i32.add
                  (i32.const 76142080)
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
              (i32.const 344064)
              (i32.shl
               (i32.add
                (local.get $23)
                (i32.load
                 (i32.add
                  (i32.const 76142080)
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
              (i32.const 344064)
              (i32.shl
               (i32.add
                (local.get $24)
                (i32.load
                 (i32.add
                  (i32.const 76142080)
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
              (i32.const 344064)
              (i32.shl
               (i32.add
                (local.get $25)
                (i32.load
                 (i32.add
                  (i32.const 76142080)
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
              (i32.const 344064)
              (i32.shl
               (i32.add
                (local.get $26)
                (i32.load
                 (i32.add
                  (i32.const 76142080)
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
        (br_if $loop193
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
      (br_if $loop195
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
 (func $op6_mk (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
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
  (local $26 v128)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
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
  (local.set $12
   (i32.load
    (local.get $3)
   )
  )
  (local.set $13
   (i32.load offset=4
    (local.get $3)
   )
  )
  (local.set $14
   (i32.load offset=8
    (local.get $3)
   )
  )
  (local.set $15
   (i32.load offset=12
    (local.get $3)
   )
  )
  (local.set $16
   (v128.load align=4
    (local.get $12)
   )
  )
  (local.set $17
   (v128.load offset=16 align=4
    (local.get $12)
   )
  )
  (local.set $18
   (v128.load align=4
    (local.get $13)
   )
  )
  (local.set $19
   (v128.load offset=16 align=4
    (local.get $13)
   )
  )
  (local.set $20
   (v128.load align=4
    (local.get $14)
   )
  )
  (local.set $21
   (v128.load offset=16 align=4
    (local.get $14)
   )
  )
  (local.set $22
   (v128.load align=4
    (local.get $15)
   )
  )
  (local.set $23
   (v128.load offset=16 align=4
    (local.get $15)
   )
  )
  (local.set $27
   (i32.add
    (local.get $0)
    (i32.mul
     (local.get $2)
     (i32.const 16)
    )
   )
  )
  (block $exit200
   (local.set $28
    (local.get $0)
   )
   (local.set $29
    (local.get $27)
   )
   (br_if $exit200
    (i32.ge_s
     (local.get $28)
     (local.get $29)
    )
   )
   (loop $loop201
    (local.set $0
     (local.get $28)
    )
    (local.set $24
     (v128.load
      (local.get $1)
     )
    )
    (local.set $25
     (v128.load offset=16
      (local.get $1)
     )
    )
    (local.set $26
     (v128.load32_splat
      (local.get $0)
     )
    )
    (local.set $16
     (f32x4.add
      (local.get $16)
      (f32x4.mul
       (local.get $26)
       (local.get $24)
      )
     )
    )
    (local.set $17
     (f32x4.add
      (local.get $17)
      (f32x4.mul
       (local.get $26)
       (local.get $25)
      )
     )
    )
    (local.set $26
     (v128.load32_splat offset=4
      (local.get $0)
     )
    )
    (local.set $18
     (f32x4.add
      (local.get $18)
      (f32x4.mul
       (local.get $26)
       (local.get $24)
      )
     )
    )
    (local.set $19
     (f32x4.add
      (local.get $19)
      (f32x4.mul
       (local.get $26)
       (local.get $25)
      )
     )
    )
    (local.set $26
     (v128.load32_splat offset=8
      (local.get $0)
     )
    )
    (local.set $20
     (f32x4.add
      (local.get $20)
      (f32x4.mul
       (local.get $26)
       (local.get $24)
      )
     )
    )
    (local.set $21
     (f32x4.add
      (local.get $21)
      (f32x4.mul
       (local.get $26)
       (local.get $25)
      )
     )
    )
    (local.set $26
     (v128.load32_splat offset=12
      (local.get $0)
     )
    )
    (local.set $22
     (f32x4.add
      (local.get $22)
      (f32x4.mul
       (local.get $26)
       (local.get $24)
      )
     )
    )
    (local.set $23
     (f32x4.add
      (local.get $23)
      (f32x4.mul
       (local.get $26)
       (local.get $25)
      )
     )
    )
    (local.set $1
     (i32.add
      (local.get $1)
      (i32.const 32)
     )
    )
    (local.set $28
     (i32.add
      (local.get $28)
      (i32.const 16)
     )
    )
    (br_if $loop201
     (i32.lt_s
      (local.get $28)
      (local.get $29)
     )
    )
   )
  )
  (if
   (local.get $4)
   (then
    (local.set $8
     (i32.add
      (i32.const 67465728)
      (i32.shl
       (i32.add
        (i32.load
         (i32.add
          (i32.const 76130624)
          (i32.shl
           (local.get $6)
           (i32.const 2)
          )
         )
        )
        (i32.load
         (i32.add
          (i32.const 76130688)
          (i32.shl
           (i32.load
            (local.get $5)
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
    (local.set $9
     (i32.add
      (i32.const 67465728)
      (i32.shl
       (i32.add
        (i32.load
         (i32.add
          (i32.const 76130624)
          (i32.shl
           (local.get $6)
           (i32.const 2)
          )
         )
        )
        (i32.load
         (i32.add
          (i32.const 76130688)
          (i32.shl
           (i32.load offset=4
            (local.get $5)
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
    (local.set $10
     (i32.add
      (i32.const 67465728)
      (i32.shl
       (i32.add
        (i32.load
         (i32.add
          (i32.const 76130624)
          (i32.shl
           (local.get $6)
           (i32.const 2)
          )
         )
        )
        (i32.load
         (i32.add
          (i32.const 76130688)
          (i32.shl
           (i32.load offset=8
            (local.get $5)
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
    (local.set $11
     (i32.add
      (i32.const 67465728)
      (i32.shl
       (i32.add
        (i32.load
         (i32.add
          (i32.const 76130624)
          (i32.shl
           (local.get $6)
           (i32.const 2)
          )
         )
        )
        (i32.load
         (i32.add
          (i32.const 76130688)
          (i32.shl
           (i32.load offset=12
            (local.get $5)
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
    (local.set $30
     (local.get $16)
    )
    (local.set $31
     (v128.load32_splat
      (local.get $8)
     )
    )
    (local.set $32
     (local.get $30)
    )
    (local.set $33
     (f32x4.pmax
      (local.get $32)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
    )
    (local.set $34
     (f32x4.mul
      (local.get $31)
      (local.get $33)
     )
    )
    (local.set $16
     (local.get $34)
    )
    (local.set $35
     (local.get $17)
    )
    (local.set $36
     (v128.load32_splat
      (local.get $8)
     )
    )
    (local.set $37
     (local.get $35)
    )
    (local.set $38
     (f32x4.pmax
      (local.get $37)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
    )
    (local.set $39
     (f32x4.mul
      (local.get $36)
      (local.get $38)
     )
    )
    (local.set $17
     (local.get $39)
    )
    (local.set $40
     (local.get $18)
    )
    (local.set $41
     (v128.load32_splat
      (local.get $9)
     )
    )
    (local.set $42
     (local.get $40)
    )
    (local.set $43
     (f32x4.pmax
      (local.get $42)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
    )
    (local.set $44
     (f32x4.mul
      (local.get $41)
      (local.get $43)
     )
    )
    (local.set $18
     (local.get $44)
    )
    (local.set $45
     (local.get $19)
    )
    (local.set $46
     (v128.load32_splat
      (local.get $9)
     )
    )
    (local.set $47
     (local.get $45)
    )
    (local.set $48
     (f32x4.pmax
      (local.get $47)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
    )
    (local.set $49
     (f32x4.mul
      (local.get $46)
      (local.get $48)
     )
    )
    (local.set $19
     (local.get $49)
    )
    (local.set $50
     (local.get $20)
    )
    (local.set $51
     (v128.load32_splat
      (local.get $10)
     )
    )
    (local.set $52
     (local.get $50)
    )
    (local.set $53
     (f32x4.pmax
      (local.get $52)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
    )
    (local.set $54
     (f32x4.mul
      (local.get $51)
      (local.get $53)
     )
    )
    (local.set $20
     (local.get $54)
    )
    (local.set $55
     (local.get $21)
    )
    (local.set $56
     (v128.load32_splat
      (local.get $10)
     )
    )
    (local.set $57
     (local.get $55)
    )
    (local.set $58
     (f32x4.pmax
      (local.get $57)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
    )
    (local.set $59
     (f32x4.mul
      (local.get $56)
      (local.get $58)
     )
    )
    (local.set $21
     (local.get $59)
    )
    (local.set $60
     (local.get $22)
    )
    (local.set $61
     (v128.load32_splat
      (local.get $11)
     )
    )
    (local.set $62
     (local.get $60)
    )
    (local.set $63
     (f32x4.pmax
      (local.get $62)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
    )
    (local.set $64
     (f32x4.mul
      (local.get $61)
      (local.get $63)
     )
    )
    (local.set $22
     (local.get $64)
    )
    (local.set $65
     (local.get $23)
    )
    (local.set $66
     (v128.load32_splat
      (local.get $11)
     )
    )
    (local.set $67
     (local.get $65)
    )
    (local.set $68
     (f32x4.pmax
      (local.get $67)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
    )
    (local.set $69
     (f32x4.mul
      (local.get $66)
      (local.get $68)
     )
    )
    (local.set $23
     (local.get $69)
    )
   )
  )
  (v128.store align=4
   (local.get $12)
   (local.get $16)
  )
  (v128.store offset=16 align=4
   (local.get $12)
   (local.get $17)
  )
  (v128.store align=4
   (local.get $13)
   (local.get $18)
  )
  (v128.store offset=16 align=4
   (local.get $13)
   (local.get $19)
  )
  (v128.store align=4
   (local.get $14)
   (local.get $20)
  )
  (v128.store offset=16 align=4
   (local.get $14)
   (local.get $21)
  )
  (v128.store align=4
   (local.get $15)
   (local.get $22)
  )
  (v128.store offset=16 align=4
   (local.get $15)
   (local.get $23)
  )
 )
 (func $op6 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32)
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
  (local $92 i32)
  (local $93 i32)
  (local $94 i32)
  (local $95 i32)
  (local $96 i32)
  (local $97 i32)
  (local $98 i32)
  (local.set $37
   (local.get $4)
  )
  (local.set $38
   (i32.add
    (local.get $4)
    (i32.const 65536)
   )
  )
  (local.set $39
   (i32.add
    (local.get $38)
    (i32.const 524288)
   )
  )
  (local.set $40
   (i32.add
    (local.get $39)
    (i32.const 16)
   )
  )
  (local.set $41
   (i32.add
    (local.get $40)
    (i32.const 128)
   )
  )
  (block $exit232
   (local.set $7
    (i32.const 0)
   )
   (local.set $98
    (local.get $1)
   )
   (br_if $exit232
    (i32.ge_s
     (local.get $7)
     (local.get $98)
    )
   )
   (loop $loop233
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
    (block $exit226
     (local.set $35
      (i32.const 0)
     )
     (local.set $95
      (local.get $15)
     )
     (br_if $exit226
      (i32.ge_s
       (local.get $35)
       (local.get $95)
      )
     )
     (loop $loop227
      (if
       (i32.lt_s
        (i32.load
         (i32.add
          (local.get $14)
          (i32.shl
           (local.get $35)
           (i32.const 2)
          )
         )
        )
        (local.get $2)
       )
       (then
        (local.set $16
         (i32.add
          (local.get $35)
          (i32.const 1)
         )
        )
       )
      )
      (local.set $35
       (i32.add
        (local.get $35)
        (i32.const 1)
       )
      )
      (br_if $loop227
       (i32.lt_s
        (local.get $35)
        (local.get $95)
       )
      )
     )
    )
    (local.set $17
     (local.get $16)
    )
    (block $exit228
     (local.set $35
      (local.get $16)
     )
     (local.set $96
      (local.get $15)
     )
     (br_if $exit228
      (i32.ge_s
       (local.get $35)
       (local.get $96)
      )
     )
     (loop $loop229
      (if
       (i32.lt_s
        (i32.load
         (i32.add
          (local.get $14)
          (i32.shl
           (local.get $35)
           (i32.const 2)
          )
         )
        )
        (local.get $3)
       )
       (then
        (local.set $17
         (i32.add
          (local.get $35)
          (i32.const 1)
         )
        )
       )
      )
      (local.set $35
       (i32.add
        (local.get $35)
        (i32.const 1)
       )
      )
      (br_if $loop229
       (i32.lt_s
        (local.get $35)
        (local.get $96)
       )
      )
     )
    )
    (block $exit230
     (local.set $23
      (local.get $16)
     )
     (local.set $97
      (local.get $17)
     )
     (br_if $exit230
      (i32.ge_s
       (local.get $23)
       (local.get $97)
      )
     )
     (loop $loop231
      (local.set $24
       (select
        (i32.const 512)
        (i32.sub
         (local.get $17)
         (local.get $23)
        )
        (i32.lt_s
         (i32.const 512)
         (i32.sub
          (local.get $17)
          (local.get $23)
         )
        )
       )
      )
      (block $exit224
       (local.set $25
        (i32.const 0)
       )
       (local.set $94
        (local.get $13)
       )
       (br_if $exit224
        (i32.ge_s
         (local.get $25)
         (local.get $94)
        )
       )
       (loop $loop225
        (local.set $26
         (select
          (i32.const 256)
          (i32.sub
           (local.get $13)
           (local.get $25)
          )
          (i32.lt_s
           (i32.const 256)
           (i32.sub
            (local.get $13)
            (local.get $25)
           )
          )
         )
        )
        (local.set $42
         (i32.and
          (local.get $5)
          (i32.eqz
           (local.get $25)
          )
         )
        )
        (local.set $18
         (i32.and
          (local.get $6)
          (i32.ge_s
           (i32.add
            (local.get $25)
            (local.get $26)
           )
           (local.get $13)
          )
         )
        )
        (call $op6_packB
         (local.get $38)
         (i32.add
          (local.get $12)
          (i32.shl
           (local.get $25)
           (i32.const 2)
          )
         )
         (local.get $26)
         (i32.add
          (local.get $14)
          (i32.shl
           (local.get $23)
           (i32.const 2)
          )
         )
         (local.get $24)
         (local.get $9)
        )
        (block $exit222
         (local.set $27
          (i32.const 0)
         )
         (local.set $93
          (local.get $11)
         )
         (br_if $exit222
          (i32.ge_s
           (local.get $27)
           (local.get $93)
          )
         )
         (loop $loop223
          (local.set $28
           (select
            (i32.const 64)
            (i32.sub
             (local.get $11)
             (local.get $27)
            )
            (i32.lt_s
             (i32.const 64)
             (i32.sub
              (local.get $11)
              (local.get $27)
             )
            )
           )
          )
          (call $op6_packA
           (local.get $37)
           (i32.add
            (local.get $10)
            (i32.shl
             (local.get $27)
             (i32.const 2)
            )
           )
           (local.get $28)
           (i32.add
            (local.get $12)
            (i32.shl
             (local.get $25)
             (i32.const 2)
            )
           )
           (local.get $26)
           (local.get $9)
          )
          (block $exit220
           (local.set $29
            (i32.const 0)
           )
           (local.set $92
            (i32.div_s
             (i32.add
              (local.get $24)
              (i32.const 7)
             )
             (i32.const 8)
            )
           )
           (br_if $exit220
            (i32.ge_s
             (local.get $29)
             (local.get $92)
            )
           )
           (loop $loop221
            (local.set $31
             (i32.add
              (local.get $23)
              (i32.mul
               (local.get $29)
               (i32.const 8)
              )
             )
            )
            (local.set $32
             (select
              (i32.const 8)
              (i32.sub
               (local.get $24)
               (i32.mul
                (local.get $29)
                (i32.const 8)
               )
              )
              (i32.lt_s
               (i32.const 8)
               (i32.sub
                (local.get $24)
                (i32.mul
                 (local.get $29)
                 (i32.const 8)
                )
               )
              )
             )
            )
            (local.set $33
             (i32.and
              (i32.eq
               (local.get $32)
               (i32.const 8)
              )
              (i32.eq
               (i32.sub
                (i32.load
                 (i32.add
                  (local.get $14)
                  (i32.shl
                   (i32.add
                    (local.get $31)
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
                   (local.get $31)
                   (i32.const 2)
                  )
                 )
                )
               )
               (i32.const 7)
              )
             )
            )
            (block $exit218
             (local.set $30
              (i32.const 0)
             )
             (local.set $91
              (i32.div_s
               (i32.add
                (local.get $28)
                (i32.const 3)
               )
               (i32.const 4)
              )
             )
             (br_if $exit218
              (i32.ge_s
               (local.get $30)
               (local.get $91)
              )
             )
             (loop $loop219
              (if
               (local.get $33)
               (then
                (i32.store
                 (local.get $39)
                 (select
                  (i32.add
                   (i32.const 67469824)
                   (i32.shl
                    (i32.add
                     (i32.add
                      (i32.load
                       (i32.add
                        (i32.const 76144128)
                        (i32.shl
                         (local.get $9)
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.load
                       (i32.add
                        (i32.const 76144192)
                        (i32.shl
                         (i32.load
                          (i32.add
                           (local.get $10)
                           (i32.shl
                            (i32.add
                             (i32.add
                              (local.get $27)
                              (i32.mul
                               (local.get $30)
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
                       (i32.const 76144704)
                       (i32.shl
                        (i32.load
                         (i32.add
                          (local.get $14)
                          (i32.shl
                           (i32.add
                            (local.get $31)
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
                  (local.get $41)
                  (i32.lt_s
                   (i32.add
                    (i32.mul
                     (local.get $30)
                     (i32.const 4)
                    )
                    (i32.const 0)
                   )
                   (local.get $28)
                  )
                 )
                )
                (i32.store offset=4
                 (local.get $39)
                 (select
                  (i32.add
                   (i32.const 67469824)
                   (i32.shl
                    (i32.add
                     (i32.add
                      (i32.load
                       (i32.add
                        (i32.const 76144128)
                        (i32.shl
                         (local.get $9)
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.load
                       (i32.add
                        (i32.const 76144192)
                        (i32.shl
                         (i32.load
                          (i32.add
                           (local.get $10)
                           (i32.shl
                            (i32.add
                             (i32.add
                              (local.get $27)
                              (i32.mul
                               (local.get $30)
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
                       (i32.const 76144704)
                       (i32.shl
                        (i32.load
                         (i32.add
                          (local.get $14)
                          (i32.shl
                           (i32.add
                            (local.get $31)
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
                  (local.get $41)
                  (i32.lt_s
                   (i32.add
                    (i32.mul
                     (local.get $30)
                     (i32.const 4)
                    )
                    (i32.const 1)
                   )
                   (local.get $28)
                  )
                 )
                )
                (i32.store offset=8
                 (local.get $39)
                 (select
                  (i32.add
                   (i32.const 67469824)
                   (i32.shl
                    (i32.add
                     (i32.add
                      (i32.load
                       (i32.add
                        (i32.const 76144128)
                        (i32.shl
                         (local.get $9)
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.load
                       (i32.add
                        (i32.const 76144192)
                        (i32.shl
                         (i32.load
                          (i32.add
                           (local.get $10)
                           (i32.shl
                            (i32.add
                             (i32.add
                              (local.get $27)
                              (i32.mul
                               (local.get $30)
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
                       (i32.const 76144704)
                       (i32.shl
                        (i32.load
                         (i32.add
                          (local.get $14)
                          (i32.shl
                           (i32.add
                            (local.get $31)
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
                  (local.get $41)
                  (i32.lt_s
                   (i32.add
                    (i32.mul
                     (local.get $30)
                     (i32.const 4)
                    )
                    (i32.const 2)
                   )
                   (local.get $28)
                  )
                 )
                )
                (i32.store offset=12
                 (local.get $39)
                 (select
                  (i32.add
                   (i32.const 67469824)
                   (i32.shl
                    (i32.add
                     (i32.add
                      (i32.load
                       (i32.add
                        (i32.const 76144128)
                        (i32.shl
                         (local.get $9)
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.load
                       (i32.add
                        (i32.const 76144192)
                        (i32.shl
                         (i32.load
                          (i32.add
                           (local.get $10)
                           (i32.shl
                            (i32.add
                             (i32.add
                              (local.get $27)
                              (i32.mul
                               (local.get $30)
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
                       (i32.const 76144704)
                       (i32.shl
                        (i32.load
                         (i32.add
                          (local.get $14)
                          (i32.shl
                           (i32.add
                            (local.get $31)
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
                  (local.get $41)
                  (i32.lt_s
                   (i32.add
                    (i32.mul
                     (local.get $30)
                     (i32.const 4)
                    )
                    (i32.const 3)
                   )
                   (local.get $28)
                  )
                 )
                )
                (if
                 (local.get $42)
                 (then
                  (v128.store align=4
                   (i32.load
                    (local.get $39)
                   )
                   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                  )
                  (v128.store offset=16 align=4
                   (i32.load
                    (local.get $39)
                   )
                   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                  )
                  (v128.store align=4
                   (i32.load offset=4
                    (local.get $39)
                   )
                   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                  )
                  (v128.store offset=16 align=4
                   (i32.load offset=4
                    (local.get $39)
                   )
                   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                  )
                  (v128.store align=4
                   (i32.load offset=8
                    (local.get $39)
                   )
                   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                  )
                  (v128.store offset=16 align=4
                   (i32.load offset=8
                    (local.get $39)
                   )
                   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                  )
                  (v128.store align=4
                   (i32.load offset=12
                    (local.get $39)
                   )
                   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                  )
                  (v128.store offset=16 align=4
                   (i32.load offset=12
                    (local.get $39)
                   )
                   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                  )
                 )
                )
                (call $op6_mk
                 (i32.add
                  (local.get $37)
                  (i32.mul
                   (local.get $30)
                   (i32.mul
                    (local.get $26)
                    (i32.const 16)
                   )
                  )
                 )
                 (i32.add
                  (local.get $38)
                  (i32.mul
                   (local.get $29)
                   (i32.mul
                    (local.get $26)
                    (i32.const 32)
                   )
                  )
                 )
                 (local.get $26)
                 (local.get $39)
                 (local.get $18)
                 (i32.add
                  (local.get $10)
                  (i32.shl
                   (i32.add
                    (local.get $27)
                    (i32.mul
                     (local.get $30)
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
                    (i32.const 76144704)
                    (i32.shl
                     (i32.load
                      (i32.add
                       (local.get $14)
                       (i32.shl
                        (i32.add
                         (local.get $31)
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
                 (local.get $39)
                 (i32.add
                  (local.get $40)
                  (i32.const 0)
                 )
                )
                (local.set $36
                 (i32.lt_s
                  (i32.add
                   (i32.mul
                    (local.get $30)
                    (i32.const 4)
                   )
                   (i32.const 0)
                  )
                  (local.get $28)
                 )
                )
                (local.set $34
                 (select
                  (i32.add
                   (i32.load
                    (i32.add
                     (i32.const 76144128)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 76144192)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (local.get $10)
                        (i32.shl
                         (i32.add
                          (i32.add
                           (local.get $27)
                           (i32.mul
                            (local.get $30)
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
                  (local.get $36)
                 )
                )
                (block $exit202
                 (local.set $35
                  (i32.const 0)
                 )
                 (local.set $43
                  (i32.const 8)
                 )
                 (br_if $exit202
                  (i32.ge_s
                   (local.get $35)
                   (local.get $43)
                  )
                 )
                 (loop $loop203
                  (f32.store
                   (i32.add
                    (local.get $40)
                    (i32.add
                     (i32.const 0)
                     (i32.shl
                      (local.get $35)
                      (i32.const 2)
                     )
                    )
                   )
                   (select
                    (f32.load
                     (i32.add
                      (i32.const 67469824)
                      (i32.shl
                       (i32.add
                        (local.get $34)
                        (i32.load
                         (i32.add
                          (i32.const 76144704)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (local.get $14)
                             (i32.shl
                              (i32.add
                               (local.get $31)
                               (local.get $35)
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
                      (local.get $36)
                      (i32.lt_s
                       (local.get $35)
                       (local.get $32)
                      )
                     )
                     (i32.eqz
                      (local.get $42)
                     )
                    )
                   )
                  )
                  (local.set $35
                   (i32.add
                    (local.get $35)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop203
                   (i32.lt_s
                    (local.get $35)
                    (local.get $43)
                   )
                  )
                 )
                )
                (i32.store offset=4
                 (local.get $39)
                 (i32.add
                  (local.get $40)
                  (i32.const 32)
                 )
                )
                (local.set $36
                 (i32.lt_s
                  (i32.add
                   (i32.mul
                    (local.get $30)
                    (i32.const 4)
                   )
                   (i32.const 1)
                  )
                  (local.get $28)
                 )
                )
                (local.set $34
                 (select
                  (i32.add
                   (i32.load
                    (i32.add
                     (i32.const 76144128)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 76144192)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (local.get $10)
                        (i32.shl
                         (i32.add
                          (i32.add
                           (local.get $27)
                           (i32.mul
                            (local.get $30)
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
                  (local.get $36)
                 )
                )
                (block $exit206
                 (local.set $35
                  (i32.const 0)
                 )
                 (local.set $45
                  (i32.const 8)
                 )
                 (br_if $exit206
                  (i32.ge_s
                   (local.get $35)
                   (local.get $45)
                  )
                 )
                 (loop $loop207
                  (f32.store
                   (i32.add
                    (local.get $40)
                    (i32.add
                     (i32.const 32)
                     (i32.shl
                      (local.get $35)
                      (i32.const 2)
                     )
                    )
                   )
                   (select
                    (f32.load
                     (i32.add
                      (i32.const 67469824)
                      (i32.shl
                       (i32.add
                        (local.get $34)
                        (i32.load
                         (i32.add
                          (i32.const 76144704)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (local.get $14)
                             (i32.shl
                              (i32.add
                               (local.get $31)
                               (local.get $35)
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
                      (local.get $36)
                      (i32.lt_s
                       (local.get $35)
                       (local.get $32)
                      )
                     )
                     (i32.eqz
                      (local.get $42)
                     )
                    )
                   )
                  )
                  (local.set $35
                   (i32.add
                    (local.get $35)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop207
                   (i32.lt_s
                    (local.get $35)
                    (local.get $45)
                   )
                  )
                 )
                )
                (i32.store offset=8
                 (local.get $39)
                 (i32.add
                  (local.get $40)
                  (i32.const 64)
                 )
                )
                (local.set $36
                 (i32.lt_s
                  (i32.add
                   (i32.mul
                    (local.get $30)
                    (i32.const 4)
                   )
                   (i32.const 2)
                  )
                  (local.get $28)
                 )
                )
                (local.set $34
                 (select
                  (i32.add
                   (i32.load
                    (i32.add
                     (i32.const 76144128)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 76144192)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (local.get $10)
                        (i32.shl
                         (i32.add
                          (i32.add
                           (local.get $27)
                           (i32.mul
                            (local.get $30)
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
                  (local.get $36)
                 )
                )
                (block $exit210
                 (local.set $35
                  (i32.const 0)
                 )
                 (local.set $47
                  (i32.const 8)
                 )
                 (br_if $exit210
                  (i32.ge_s
                   (local.get $35)
                   (local.get $47)
                  )
                 )
                 (loop $loop211
                  (f32.store
                   (i32.add
                    (local.get $40)
                    (i32.add
                     (i32.const 64)
                     (i32.shl
                      (local.get $35)
                      (i32.const 2)
                     )
                    )
                   )
                   (select
                    (f32.load
                     (i32.add
                      (i32.const 67469824)
                      (i32.shl
                       (i32.add
                        (local.get $34)
                        (i32.load
                         (i32.add
                          (i32.const 76144704)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (local.get $14)
                             (i32.shl
                              (i32.add
                               (local.get $31)
                               (local.get $35)
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
                      (local.get $36)
                      (i32.lt_s
                       (local.get $35)
                       (local.get $32)
                      )
                     )
                     (i32.eqz
                      (local.get $42)
                     )
                    )
                   )
                  )
                  (local.set $35
                   (i32.add
                    (local.get $35)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop211
                   (i32.lt_s
                    (local.get $35)
                    (local.get $47)
                   )
                  )
                 )
                )
                (i32.store offset=12
                 (local.get $39)
                 (i32.add
                  (local.get $40)
                  (i32.const 96)
                 )
                )
                (local.set $36
                 (i32.lt_s
                  (i32.add
                   (i32.mul
                    (local.get $30)
                    (i32.const 4)
                   )
                   (i32.const 3)
                  )
                  (local.get $28)
                 )
                )
                (local.set $34
                 (select
                  (i32.add
                   (i32.load
                    (i32.add
                     (i32.const 76144128)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 76144192)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (local.get $10)
                        (i32.shl
                         (i32.add
                          (i32.add
                           (local.get $27)
                           (i32.mul
                            (local.get $30)
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
                  (local.get $36)
                 )
                )
                (block $exit214
                 (local.set $35
                  (i32.const 0)
                 )
                 (local.set $49
                  (i32.const 8)
                 )
                 (br_if $exit214
                  (i32.ge_s
                   (local.get $35)
                   (local.get $49)
                  )
                 )
                 (loop $loop215
                  (f32.store
                   (i32.add
                    (local.get $40)
                    (i32.add
                     (i32.const 96)
                     (i32.shl
                      (local.get $35)
                      (i32.const 2)
                     )
                    )
                   )
                   (select
                    (f32.load
                     (i32.add
                      (i32.const 67469824)
                      (i32.shl
                       (i32.add
                        (local.get $34)
                        (i32.load
                         (i32.add
                          (i32.const 76144704)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (local.get $14)
                             (i32.shl
                              (i32.add
                               (local.get $31)
                               (local.get $35)
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
                      (local.get $36)
                      (i32.lt_s
                       (local.get $35)
                       (local.get $32)
                      )
                     )
                     (i32.eqz
                      (local.get $42)
                     )
                    )
                   )
                  )
                  (local.set $35
                   (i32.add
                    (local.get $35)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop215
                   (i32.lt_s
                    (local.get $35)
                    (local.get $49)
                   )
                  )
                 )
                )
                (call $microkernel_4x8
                 (i32.add
                  (local.get $37)
                  (i32.mul
                   (local.get $30)
                   (i32.mul
                    (local.get $26)
                    (i32.const 16)
                   )
                  )
                 )
                 (i32.add
                  (local.get $38)
                  (i32.mul
                   (local.get $29)
                   (i32.mul
                    (local.get $26)
                    (i32.const 32)
                   )
                  )
                 )
                 (local.get $26)
                 (local.get $39)
                )
                (if
                 (local.get $18)
                 (then
                  (local.set $19
                   (i32.add
                    (i32.const 67465728)
                    (i32.shl
                     (i32.add
                      (i32.load
                       (i32.add
                        (i32.const 76130624)
                        (i32.shl
                         (local.get $9)
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.load
                       (i32.add
                        (i32.const 76130688)
                        (i32.shl
                         (i32.load
                          (i32.add
                           (local.get $10)
                           (i32.shl
                            (i32.add
                             (local.get $27)
                             (i32.mul
                              (local.get $30)
                              (i32.const 4)
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
                     )
                     (i32.const 2)
                    )
                   )
                  )
                  (local.set $20
                   (i32.add
                    (i32.const 67465728)
                    (i32.shl
                     (i32.add
                      (i32.load
                       (i32.add
                        (i32.const 76130624)
                        (i32.shl
                         (local.get $9)
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.load
                       (i32.add
                        (i32.const 76130688)
                        (i32.shl
                         (i32.load offset=4
                          (i32.add
                           (local.get $10)
                           (i32.shl
                            (i32.add
                             (local.get $27)
                             (i32.mul
                              (local.get $30)
                              (i32.const 4)
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
                     )
                     (i32.const 2)
                    )
                   )
                  )
                  (local.set $21
                   (i32.add
                    (i32.const 67465728)
                    (i32.shl
                     (i32.add
                      (i32.load
                       (i32.add
                        (i32.const 76130624)
                        (i32.shl
                         (local.get $9)
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.load
                       (i32.add
                        (i32.const 76130688)
                        (i32.shl
                         (i32.load offset=8
                          (i32.add
                           (local.get $10)
                           (i32.shl
                            (i32.add
                             (local.get $27)
                             (i32.mul
                              (local.get $30)
                              (i32.const 4)
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
                     )
                     (i32.const 2)
                    )
                   )
                  )
                  (local.set $22
                   (i32.add
                    (i32.const 67465728)
                    (i32.shl
                     (i32.add
                      (i32.load
                       (i32.add
                        (i32.const 76130624)
                        (i32.shl
                         (local.get $9)
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.load
                       (i32.add
                        (i32.const 76130688)
                        (i32.shl
                         (i32.load offset=12
                          (i32.add
                           (local.get $10)
                           (i32.shl
                            (i32.add
                             (local.get $27)
                             (i32.mul
                              (local.get $30)
                              (i32.const 4)
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
                     )
                     (i32.const 2)
                    )
                   )
                  )
                  (if
                   (i32.lt_s
                    (i32.add
                     (i32.mul
                      (local.get $30)
                      (i32.const 4)
                     )
                     (i32.const 0)
                    )
                    (local.get $28)
                   )
                   (then
                    (local.set $51
                     (v128.load align=4
                      (local.get $40)
                     )
                    )
                    (local.set $52
                     (v128.load32_splat
                      (local.get $19)
                     )
                    )
                    (local.set $53
                     (local.get $51)
                    )
                    (local.set $54
                     (f32x4.pmax
                      (local.get $53)
                      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                     )
                    )
                    (local.set $55
                     (f32x4.mul
                      (local.get $52)
                      (local.get $54)
                     )
                    )
                    (v128.store align=4
                     (local.get $40)
                     (local.get $55)
                    )
                    (local.set $56
                     (v128.load offset=16 align=4
                      (local.get $40)
                     )
                    )
                    (local.set $57
                     (v128.load32_splat
                      (local.get $19)
                     )
                    )
                    (local.set $58
                     (local.get $56)
                    )
                    (local.set $59
                     (f32x4.pmax
                      (local.get $58)
                      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                     )
                    )
                    (local.set $60
                     (f32x4.mul
                      (local.get $57)
                      (local.get $59)
                     )
                    )
                    (v128.store offset=16 align=4
                     (local.get $40)
                     (local.get $60)
                    )
                   )
                  )
                  (if
                   (i32.lt_s
                    (i32.add
                     (i32.mul
                      (local.get $30)
                      (i32.const 4)
                     )
                     (i32.const 1)
                    )
                    (local.get $28)
                   )
                   (then
                    (local.set $61
                     (v128.load offset=32 align=4
                      (local.get $40)
                     )
                    )
                    (local.set $62
                     (v128.load32_splat
                      (local.get $20)
                     )
                    )
                    (local.set $63
                     (local.get $61)
                    )
                    (local.set $64
                     (f32x4.pmax
                      (local.get $63)
                      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                     )
                    )
                    (local.set $65
                     (f32x4.mul
                      (local.get $62)
                      (local.get $64)
                     )
                    )
                    (v128.store offset=32 align=4
                     (local.get $40)
                     (local.get $65)
                    )
                    (local.set $66
                     (v128.load offset=48 align=4
                      (local.get $40)
                     )
                    )
                    (local.set $67
                     (v128.load32_splat
                      (local.get $20)
                     )
                    )
                    (local.set $68
                     (local.get $66)
                    )
                    (local.set $69
                     (f32x4.pmax
                      (local.get $68)
                      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                     )
                    )
                    (local.set $70
                     (f32x4.mul
                      (local.get $67)
                      (local.get $69)
                     )
                    )
                    (v128.store offset=48 align=4
                     (local.get $40)
                     (local.get $70)
                    )
                   )
                  )
                  (if
                   (i32.lt_s
                    (i32.add
                     (i32.mul
                      (local.get $30)
                      (i32.const 4)
                     )
                     (i32.const 2)
                    )
                    (local.get $28)
                   )
                   (then
                    (local.set $71
                     (v128.load offset=64 align=4
                      (local.get $40)
                     )
                    )
                    (local.set $72
                     (v128.load32_splat
                      (local.get $21)
                     )
                    )
                    (local.set $73
                     (local.get $71)
                    )
                    (local.set $74
                     (f32x4.pmax
                      (local.get $73)
                      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                     )
                    )
                    (local.set $75
                     (f32x4.mul
                      (local.get $72)
                      (local.get $74)
                     )
                    )
                    (v128.store offset=64 align=4
                     (local.get $40)
                     (local.get $75)
                    )
                    (local.set $76
                     (v128.load offset=80 align=4
                      (local.get $40)
                     )
                    )
                    (local.set $77
                     (v128.load32_splat
                      (local.get $21)
                     )
                    )
                    (local.set $78
                     (local.get $76)
                    )
                    (local.set $79
                     (f32x4.pmax
                      (local.get $78)
                      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                     )
                    )
                    (local.set $80
                     (f32x4.mul
                      (local.get $77)
                      (local.get $79)
                     )
                    )
                    (v128.store offset=80 align=4
                     (local.get $40)
                     (local.get $80)
                    )
                   )
                  )
                  (if
                   (i32.lt_s
                    (i32.add
                     (i32.mul
                      (local.get $30)
                      (i32.const 4)
                     )
                     (i32.const 3)
                    )
                    (local.get $28)
                   )
                   (then
                    (local.set $81
                     (v128.load offset=96 align=4
                      (local.get $40)
                     )
                    )
                    (local.set $82
                     (v128.load32_splat
                      (local.get $22)
                     )
                    )
                    (local.set $83
                     (local.get $81)
                    )
                    (local.set $84
                     (f32x4.pmax
                      (local.get $83)
                      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                     )
                    )
                    (local.set $85
                     (f32x4.mul
                      (local.get $82)
                      (local.get $84)
                     )
                    )
                    (v128.store offset=96 align=4
                     (local.get $40)
                     (local.get $85)
                    )
                    (local.set $86
                     (v128.load offset=112 align=4
                      (local.get $40)
                     )
                    )
                    (local.set $87
                     (v128.load32_splat
                      (local.get $22)
                     )
                    )
                    (local.set $88
                     (local.get $86)
                    )
                    (local.set $89
                     (f32x4.pmax
                      (local.get $88)
                      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                     )
                    )
                    (local.set $90
                     (f32x4.mul
                      (local.get $87)
                      (local.get $89)
                     )
                    )
                    (v128.store offset=112 align=4
                     (local.get $40)
                     (local.get $90)
                    )
                   )
                  )
                 )
                )
                (local.set $36
                 (i32.lt_s
                  (i32.add
                   (i32.mul
                    (local.get $30)
                    (i32.const 4)
                   )
                   (i32.const 0)
                  )
                  (local.get $28)
                 )
                )
                (local.set $34
                 (select
                  (i32.add
                   (i32.load
                    (i32.add
                     (i32.const 76144128)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 76144192)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (local.get $10)
                        (i32.shl
                         (i32.add
                          (i32.add
                           (local.get $27)
                           (i32.mul
                            (local.get $30)
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
                  (local.get $36)
                 )
                )
                (block $exit204
                 (local.set $35
                  (i32.const 0)
                 )
                 (local.set $44
                  (local.get $32)
                 )
                 (br_if $exit204
                  (i32.ge_s
                   (local.get $35)
                   (local.get $44)
                  )
                 )
                 (loop $loop205
                  (if
                   (local.get $36)
                   (then
                    (f32.store
                     (i32.add
                      (i32.const 67469824)
                      (i32.shl
                       (i32.add
                        (local.get $34)
                        (i32.load
                         (i32.add
                          (i32.const 76144704)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (local.get $14)
                             (i32.shl
                              (i32.add
                               (local.get $31)
                               (local.get $35)
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
                       (local.get $40)
                       (i32.add
                        (i32.const 0)
                        (i32.shl
                         (local.get $35)
                         (i32.const 2)
                        )
                       )
                      )
                     )
                    )
                   )
                  )
                  (local.set $35
                   (i32.add
                    (local.get $35)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop205
                   (i32.lt_s
                    (local.get $35)
                    (local.get $44)
                   )
                  )
                 )
                )
                (local.set $36
                 (i32.lt_s
                  (i32.add
                   (i32.mul
                    (local.get $30)
                    (i32.const 4)
                   )
                   (i32.const 1)
                  )
                  (local.get $28)
                 )
                )
                (local.set $34
                 (select
                  (i32.add
                   (i32.load
                    (i32.add
                     (i32.const 76144128)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 76144192)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (local.get $10)
                        (i32.shl
                         (i32.add
                          (i32.add
                           (local.get $27)
                           (i32.mul
                            (local.get $30)
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
                  (local.get $36)
                 )
                )
                (block $exit208
                 (local.set $35
                  (i32.const 0)
                 )
                 (local.set $46
                  (local.get $32)
                 )
                 (br_if $exit208
                  (i32.ge_s
                   (local.get $35)
                   (local.get $46)
                  )
                 )
                 (loop $loop209
                  (if
                   (local.get $36)
                   (then
                    (f32.store
                     (i32.add
                      (i32.const 67469824)
                      (i32.shl
                       (i32.add
                        (local.get $34)
                        (i32.load
                         (i32.add
                          (i32.const 76144704)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (local.get $14)
                             (i32.shl
                              (i32.add
                               (local.get $31)
                               (local.get $35)
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
                       (local.get $40)
                       (i32.add
                        (i32.const 32)
                        (i32.shl
                         (local.get $35)
                         (i32.const 2)
                        )
                       )
                      )
                     )
                    )
                   )
                  )
                  (local.set $35
                   (i32.add
                    (local.get $35)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop209
                   (i32.lt_s
                    (local.get $35)
                    (local.get $46)
                   )
                  )
                 )
                )
                (local.set $36
                 (i32.lt_s
                  (i32.add
                   (i32.mul
                    (local.get $30)
                    (i32.const 4)
                   )
                   (i32.const 2)
                  )
                  (local.get $28)
                 )
                )
                (local.set $34
                 (select
                  (i32.add
                   (i32.load
                    (i32.add
                     (i32.const 76144128)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 76144192)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (local.get $10)
                        (i32.shl
                         (i32.add
                          (i32.add
                           (local.get $27)
                           (i32.mul
                            (local.get $30)
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
                  (local.get $36)
                 )
                )
                (block $exit212
                 (local.set $35
                  (i32.const 0)
                 )
                 (local.set $48
                  (local.get $32)
                 )
                 (br_if $exit212
                  (i32.ge_s
                   (local.get $35)
                   (local.get $48)
                  )
                 )
                 (loop $loop213
                  (if
                   (local.get $36)
                   (then
                    (f32.store
                     (i32.add
                      (i32.const 67469824)
                      (i32.shl
                       (i32.add
                        (local.get $34)
                        (i32.load
                         (i32.add
                          (i32.const 76144704)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (local.get $14)
                             (i32.shl
                              (i32.add
                               (local.get $31)
                               (local.get $35)
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
                       (local.get $40)
                       (i32.add
                        (i32.const 64)
                        (i32.shl
                         (local.get $35)
                         (i32.const 2)
                        )
                       )
                      )
                     )
                    )
                   )
                  )
                  (local.set $35
                   (i32.add
                    (local.get $35)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop213
                   (i32.lt_s
                    (local.get $35)
                    (local.get $48)
                   )
                  )
                 )
                )
                (local.set $36
                 (i32.lt_s
                  (i32.add
                   (i32.mul
                    (local.get $30)
                    (i32.const 4)
                   )
                   (i32.const 3)
                  )
                  (local.get $28)
                 )
                )
                (local.set $34
                 (select
                  (i32.add
                   (i32.load
                    (i32.add
                     (i32.const 76144128)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 76144192)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (local.get $10)
                        (i32.shl
                         (i32.add
                          (i32.add
                           (local.get $27)
                           (i32.mul
                            (local.get $30)
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
                  (local.get $36)
                 )
                )
                (block $exit216
                 (local.set $35
                  (i32.const 0)
                 )
                 (local.set $50
                  (local.get $32)
                 )
                 (br_if $exit216
                  (i32.ge_s
                   (local.get $35)
                   (local.get $50)
                  )
                 )
                 (loop $loop217
                  (if
                   (local.get $36)
                   (then
                    (f32.store
                     (i32.add
                      (i32.const 67469824)
                      (i32.shl
                       (i32.add
                        (local.get $34)
                        (i32.load
                         (i32.add
                          (i32.const 76144704)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (local.get $14)
                             (i32.shl
                              (i32.add
                               (local.get $31)
                               (local.get $35)
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
                       (local.get $40)
                       (i32.add
                        (i32.const 96)
                        (i32.shl
                         (local.get $35)
                         (i32.const 2)
                        )
                       )
                      )
                     )
                    )
                   )
                  )
                  (local.set $35
                   (i32.add
                    (local.get $35)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop217
                   (i32.lt_s
                    (local.get $35)
                    (local.get $50)
                   )
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
              (br_if $loop219
               (i32.lt_s
                (local.get $30)
                (local.get $91)
               )
              )
             )
            )
            (local.set $29
             (i32.add
              (local.get $29)
              (i32.const 1)
             )
            )
            (br_if $loop221
             (i32.lt_s
              (local.get $29)
              (local.get $92)
             )
            )
           )
          )
          (local.set $27
           (i32.add
            (local.get $27)
            (i32.const 64)
           )
          )
          (br_if $loop223
           (i32.lt_s
            (local.get $27)
            (local.get $93)
           )
          )
         )
        )
        (local.set $25
         (i32.add
          (local.get $25)
          (i32.const 256)
         )
        )
        (br_if $loop225
         (i32.lt_s
          (local.get $25)
          (local.get $94)
         )
        )
       )
      )
      (local.set $23
       (i32.add
        (local.get $23)
        (i32.const 512)
       )
      )
      (br_if $loop231
       (i32.lt_s
        (local.get $23)
        (local.get $97)
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
    (br_if $loop233
     (i32.lt_s
      (local.get $7)
      (local.get $98)
     )
    )
   )
  )
 )
 (func $op6_claim (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (block $exit234
   (local.set $10
    (i32.const 0)
   )
   (local.set $12
    (local.get $1)
   )
   (br_if $exit234
    (i32.ge_s
     (local.get $10)
     (local.get $12)
    )
   )
   (loop $loop235
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
      (call $op6
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
    (br_if $loop235
     (i32.lt_s
      (local.get $10)
      (local.get $12)
     )
    )
   )
  )
 )
 (func $op6_prepack (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (block $exit236
   (local.set $2
    (i32.const 0)
   )
   (local.set $4
    (local.get $1)
   )
   (br_if $exit236
    (i32.ge_s
     (local.get $2)
     (local.get $4)
    )
   )
   (loop $loop237
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
      (call $op6_packA
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
    (br_if $loop237
     (i32.lt_s
      (local.get $2)
      (local.get $4)
     )
    )
   )
  )
 )
 (func $op6_rows (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
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
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 i32)
  (local $37 i32)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
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
  (local $82 i32)
  (local.set $33
   (local.get $0)
  )
  (block $exit242
   (local.set $39
    (i32.const 0)
   )
   (local.set $82
    (local.get $7)
   )
   (br_if $exit242
    (i32.ge_s
     (local.get $39)
     (local.get $82)
    )
   )
   (loop $loop243
    (local.set $18
     (select
      (i32.add
       (i32.load
        (i32.add
         (local.get $6)
         (i32.shl
          (local.get $39)
          (i32.const 2)
         )
        )
       )
       (local.get $8)
      )
      (local.get $9)
      (i32.lt_s
       (i32.add
        (local.get $39)
        (i32.const 0)
       )
       (local.get $7)
      )
     )
    )
    (local.set $19
     (select
      (i32.add
       (i32.load offset=4
        (i32.add
         (local.get $6)
         (i32.shl
          (local.get $39)
          (i32.const 2)
         )
        )
       )
       (local.get $8)
      )
      (local.get $9)
      (i32.lt_s
       (i32.add
        (local.get $39)
        (i32.const 1)
       )
       (local.get $7)
      )
     )
    )
    (local.set $20
     (select
      (i32.add
       (i32.load offset=8
        (i32.add
         (local.get $6)
         (i32.shl
          (local.get $39)
          (i32.const 2)
         )
        )
       )
       (local.get $8)
      )
      (local.get $9)
      (i32.lt_s
       (i32.add
        (local.get $39)
        (i32.const 2)
       )
       (local.get $7)
      )
     )
    )
    (local.set $21
     (select
      (i32.add
       (i32.load offset=12
        (i32.add
         (local.get $6)
         (i32.shl
          (local.get $39)
          (i32.const 2)
         )
        )
       )
       (local.get $8)
      )
      (local.get $9)
      (i32.lt_s
       (i32.add
        (local.get $39)
        (i32.const 3)
       )
       (local.get $7)
      )
     )
    )
    (if
     (local.get $10)
     (then
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
      (local.set $26
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (local.set $27
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (local.set $28
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (local.set $29
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
     (else
      (local.set $22
       (v128.load align=4
        (local.get $18)
       )
      )
      (local.set $23
       (v128.load offset=16 align=4
        (local.get $18)
       )
      )
      (local.set $24
       (v128.load align=4
        (local.get $19)
       )
      )
      (local.set $25
       (v128.load offset=16 align=4
        (local.get $19)
       )
      )
      (local.set $26
       (v128.load align=4
        (local.get $20)
       )
      )
      (local.set $27
       (v128.load offset=16 align=4
        (local.get $20)
       )
      )
      (local.set $28
       (v128.load align=4
        (local.get $21)
       )
      )
      (local.set $29
       (v128.load offset=16 align=4
        (local.get $21)
       )
      )
     )
    )
    (local.set $35
     (i32.add
      (local.get $33)
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
      (local.set $36
       (local.get $2)
      )
      (block $exit238
       (local.set $34
        (local.get $33)
       )
       (local.set $40
        (local.get $35)
       )
       (br_if $exit238
        (i32.ge_s
         (local.get $34)
         (local.get $40)
        )
       )
       (loop $loop239
        (local.set $30
         (v128.load
          (local.get $36)
         )
        )
        (local.set $31
         (v128.load offset=16
          (local.get $36)
         )
        )
        (local.set $32
         (v128.load32_splat
          (local.get $34)
         )
        )
        (local.set $22
         (f32x4.add
          (local.get $22)
          (f32x4.mul
           (local.get $32)
           (local.get $30)
          )
         )
        )
        (local.set $23
         (f32x4.add
          (local.get $23)
          (f32x4.mul
           (local.get $32)
           (local.get $31)
          )
         )
        )
        (local.set $32
         (v128.load32_splat offset=4
          (local.get $34)
         )
        )
        (local.set $24
         (f32x4.add
          (local.get $24)
          (f32x4.mul
           (local.get $32)
           (local.get $30)
          )
         )
        )
        (local.set $25
         (f32x4.add
          (local.get $25)
          (f32x4.mul
           (local.get $32)
           (local.get $31)
          )
         )
        )
        (local.set $32
         (v128.load32_splat offset=8
          (local.get $34)
         )
        )
        (local.set $26
         (f32x4.add
          (local.get $26)
          (f32x4.mul
           (local.get $32)
           (local.get $30)
          )
         )
        )
        (local.set $27
         (f32x4.add
          (local.get $27)
          (f32x4.mul
           (local.get $32)
           (local.get $31)
          )
         )
        )
        (local.set $32
         (v128.load32_splat offset=12
          (local.get $34)
         )
        )
        (local.set $28
         (f32x4.add
          (local.get $28)
          (f32x4.mul
           (local.get $32)
           (local.get $30)
          )
         )
        )
        (local.set $29
         (f32x4.add
          (local.get $29)
          (f32x4.mul
           (local.get $32)
           (local.get $31)
          )
         )
        )
        (local.set $36
         (i32.add
          (local.get $36)
          (i32.const 32)
         )
        )
        (local.set $34
         (i32.add
          (local.get $34)
          (i32.const 16)
         )
        )
        (br_if $loop239
         (i32.lt_s
          (local.get $34)
          (local.get $40)
         )
        )
       )
      )
     )
     (else
      (local.set $34
       (local.get $33)
      )
      (local.set $38
       (i32.add
        (local.get $3)
        (i32.shl
         (local.get $4)
         (i32.const 2)
        )
       )
      )
      (block $exit240
       (local.set $37
        (local.get $3)
       )
       (local.set $41
        (local.get $38)
       )
       (br_if $exit240
        (i32.ge_s
         (local.get $37)
         (local.get $41)
        )
       )
       (loop $loop241
        (local.set $36
         (i32.add
          (local.get $2)
          (i32.shl
           (i32.load
            (local.get $37)
           )
           (local.get $5)
          )
         )
        )
        (local.set $30
         (v128.load
          (local.get $36)
         )
        )
        (local.set $31
         (v128.load offset=16
          (local.get $36)
         )
        )
        (local.set $32
         (v128.load32_splat
          (local.get $34)
         )
        )
        (local.set $22
         (f32x4.add
          (local.get $22)
          (f32x4.mul
           (local.get $32)
           (local.get $30)
          )
         )
        )
        (local.set $23
         (f32x4.add
          (local.get $23)
          (f32x4.mul
           (local.get $32)
           (local.get $31)
          )
         )
        )
        (local.set $32
         (v128.load32_splat offset=4
          (local.get $34)
         )
        )
        (local.set $24
         (f32x4.add
          (local.get $24)
          (f32x4.mul
           (local.get $32)
           (local.get $30)
          )
         )
        )
        (local.set $25
         (f32x4.add
          (local.get $25)
          (f32x4.mul
           (local.get $32)
           (local.get $31)
          )
         )
        )
        (local.set $32
         (v128.load32_splat offset=8
          (local.get $34)
         )
        )
        (local.set $26
         (f32x4.add
          (local.get $26)
          (f32x4.mul
           (local.get $32)
           (local.get $30)
          )
         )
        )
        (local.set $27
         (f32x4.add
          (local.get $27)
          (f32x4.mul
           (local.get $32)
           (local.get $31)
          )
         )
        )
        (local.set $32
         (v128.load32_splat offset=12
          (local.get $34)
         )
        )
        (local.set $28
         (f32x4.add
          (local.get $28)
          (f32x4.mul
           (local.get $32)
           (local.get $30)
          )
         )
        )
        (local.set $29
         (f32x4.add
          (local.get $29)
          (f32x4.mul
           (local.get $32)
           (local.get $31)
          )
         )
        )
        (local.set $34
         (i32.add
          (local.get $34)
          (i32.const 16)
         )
        )
        (local.set $37
         (i32.add
          (local.get $37)
          (i32.const 4)
         )
        )
        (br_if $loop241
         (i32.lt_s
          (local.get $37)
          (local.get $41)
         )
        )
       )
      )
     )
    )
    (if
     (local.get $11)
     (then
      (local.set $14
       (i32.add
        (i32.const 67465728)
        (i32.shl
         (i32.add
          (i32.load
           (i32.add
            (i32.const 76130624)
            (i32.shl
             (local.get $13)
             (i32.const 2)
            )
           )
          )
          (i32.load
           (i32.add
            (i32.const 76130688)
            (i32.shl
             (i32.load
              (i32.add
               (local.get $12)
               (i32.shl
                (local.get $39)
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
      (local.set $15
       (i32.add
        (i32.const 67465728)
        (i32.shl
         (i32.add
          (i32.load
           (i32.add
            (i32.const 76130624)
            (i32.shl
             (local.get $13)
             (i32.const 2)
            )
           )
          )
          (i32.load
           (i32.add
            (i32.const 76130688)
            (i32.shl
             (i32.load offset=4
              (i32.add
               (local.get $12)
               (i32.shl
                (local.get $39)
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
      (local.set $16
       (i32.add
        (i32.const 67465728)
        (i32.shl
         (i32.add
          (i32.load
           (i32.add
            (i32.const 76130624)
            (i32.shl
             (local.get $13)
             (i32.const 2)
            )
           )
          )
          (i32.load
           (i32.add
            (i32.const 76130688)
            (i32.shl
             (i32.load offset=8
              (i32.add
               (local.get $12)
               (i32.shl
                (local.get $39)
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
      (local.set $17
       (i32.add
        (i32.const 67465728)
        (i32.shl
         (i32.add
          (i32.load
           (i32.add
            (i32.const 76130624)
            (i32.shl
             (local.get $13)
             (i32.const 2)
            )
           )
          )
          (i32.load
           (i32.add
            (i32.const 76130688)
            (i32.shl
             (i32.load offset=12
              (i32.add
               (local.get $12)
               (i32.shl
                (local.get $39)
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
      (local.set $42
       (local.get $22)
      )
      (local.set $43
       (v128.load32_splat
        (local.get $14)
       )
      )
      (local.set $44
       (local.get $42)
      )
      (local.set $45
       (f32x4.pmax
        (local.get $44)
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
      (local.set $46
       (f32x4.mul
        (local.get $43)
        (local.get $45)
       )
      )
      (local.set $22
       (local.get $46)
      )
      (local.set $47
       (local.get $23)
      )
      (local.set $48
       (v128.load32_splat
        (local.get $14)
       )
      )
      (local.set $49
       (local.get $47)
      )
      (local.set $50
       (f32x4.pmax
        (local.get $49)
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
      (local.set $51
       (f32x4.mul
        (local.get $48)
        (local.get $50)
       )
      )
      (local.set $23
       (local.get $51)
      )
      (local.set $52
       (local.get $24)
      )
      (local.set $53
       (v128.load32_splat
        (local.get $15)
       )
      )
      (local.set $54
       (local.get $52)
      )
      (local.set $55
       (f32x4.pmax
        (local.get $54)
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
      (local.set $56
       (f32x4.mul
        (local.get $53)
        (local.get $55)
       )
      )
      (local.set $24
       (local.get $56)
      )
      (local.set $57
       (local.get $25)
      )
      (local.set $58
       (v128.load32_splat
        (local.get $15)
       )
      )
      (local.set $59
       (local.get $57)
      )
      (local.set $60
       (f32x4.pmax
        (local.get $59)
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
      (local.set $61
       (f32x4.mul
        (local.get $58)
        (local.get $60)
       )
      )
      (local.set $25
       (local.get $61)
      )
      (local.set $62
       (local.get $26)
      )
      (local.set $63
       (v128.load32_splat
        (local.get $16)
       )
      )
      (local.set $64
       (local.get $62)
      )
      (local.set $65
       (f32x4.pmax
        (local.get $64)
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
      (local.set $66
       (f32x4.mul
        (local.get $63)
        (local.get $65)
       )
      )
      (local.set $26
       (local.get $66)
      )
      (local.set $67
       (local.get $27)
      )
      (local.set $68
       (v128.load32_splat
        (local.get $16)
       )
      )
      (local.set $69
       (local.get $67)
      )
      (local.set $70
       (f32x4.pmax
        (local.get $69)
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
      (local.set $71
       (f32x4.mul
        (local.get $68)
        (local.get $70)
       )
      )
      (local.set $27
       (local.get $71)
      )
      (local.set $72
       (local.get $28)
      )
      (local.set $73
       (v128.load32_splat
        (local.get $17)
       )
      )
      (local.set $74
       (local.get $72)
      )
      (local.set $75
       (f32x4.pmax
        (local.get $74)
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
      (local.set $76
       (f32x4.mul
        (local.get $73)
        (local.get $75)
       )
      )
      (local.set $28
       (local.get $76)
      )
      (local.set $77
       (local.get $29)
      )
      (local.set $78
       (v128.load32_splat
        (local.get $17)
       )
      )
      (local.set $79
       (local.get $77)
      )
      (local.set $80
       (f32x4.pmax
        (local.get $79)
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
      (local.set $81
       (f32x4.mul
        (local.get $78)
        (local.get $80)
       )
      )
      (local.set $29
       (local.get $81)
      )
     )
    )
    (v128.store align=4
     (local.get $18)
     (local.get $22)
    )
    (v128.store offset=16 align=4
     (local.get $18)
     (local.get $23)
    )
    (v128.store align=4
     (local.get $19)
     (local.get $24)
    )
    (v128.store offset=16 align=4
     (local.get $19)
     (local.get $25)
    )
    (v128.store align=4
     (local.get $20)
     (local.get $26)
    )
    (v128.store offset=16 align=4
     (local.get $20)
     (local.get $27)
    )
    (v128.store align=4
     (local.get $21)
     (local.get $28)
    )
    (v128.store offset=16 align=4
     (local.get $21)
     (local.get $29)
    )
    (local.set $33
     (i32.add
      (local.get $33)
      (local.get $1)
     )
    )
    (local.set $39
     (i32.add
      (local.get $39)
      (i32.const 4)
     )
    )
    (br_if $loop243
     (i32.lt_s
      (local.get $39)
      (local.get $82)
     )
    )
   )
  )
 )
 (func $op6_shared (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32)
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
  (local $91 v128)
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
  (local $106 i32)
  (local $107 i32)
  (local $108 i32)
  (local $109 i32)
  (local $110 i32)
  (local $111 i32)
  (local $112 i32)
  (local $113 i32)
  (local $114 i32)
  (local $115 i32)
  (local $116 i32)
  (local $117 i32)
  (local $118 i32)
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
  (block $exit280
   (local.set $16
    (i32.const 0)
   )
   (local.set $118
    (local.get $1)
   )
   (br_if $exit280
    (i32.ge_s
     (local.get $16)
     (local.get $118)
    )
   )
   (loop $loop281
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
      (block $exit278
       (local.set $17
        (i32.const 0)
       )
       (local.set $117
        (local.get $11)
       )
       (br_if $exit278
        (i32.ge_s
         (local.get $17)
         (local.get $117)
        )
       )
       (loop $loop279
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
         (block $exit272
          (local.set $19
           (local.get $18)
          )
          (local.set $113
           (local.get $11)
          )
          (br_if $exit272
           (i32.ge_s
            (local.get $19)
            (local.get $113)
           )
          )
          (loop $loop273
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
           (br_if $loop273
            (i32.lt_s
             (local.get $19)
             (local.get $113)
            )
           )
          )
         )
        )
        (if
         (local.get $14)
         (then
          (block $exit274
           (local.set $19
            (local.get $17)
           )
           (local.set $114
            (local.get $18)
           )
           (br_if $exit274
            (i32.ge_s
             (local.get $19)
             (local.get $114)
            )
           )
           (loop $loop275
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
              (call $op6_packA
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
            (br_if $loop275
             (i32.lt_s
              (local.get $19)
              (local.get $114)
             )
            )
           )
          )
         )
        )
        (block $exit276
         (local.set $22
          (local.get $12)
         )
         (local.set $115
          (local.get $13)
         )
         (local.set $116
          (local.get $7)
         )
         (br_if $exit276
          (i32.ge_s
           (local.get $22)
           (local.get $115)
          )
         )
         (loop $loop277
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
          (block $exit270
           (local.set $24
            (i32.const 0)
           )
           (local.set $111
            (select
             (i32.const 1)
             (local.get $47)
             (local.get $5)
            )
           )
           (local.set $112
            (local.get $6)
           )
           (br_if $exit270
            (i32.ge_s
             (local.get $24)
             (local.get $111)
            )
           )
           (loop $loop271
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
              (call $op6_packB
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
            (block $exit268
             (local.set $19
              (local.get $17)
             )
             (local.set $110
              (local.get $18)
             )
             (br_if $exit268
              (i32.ge_s
               (local.get $19)
               (local.get $110)
              )
             )
             (loop $loop269
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
                 (block $exit262
                  (local.set $30
                   (i32.const 0)
                  )
                  (local.set $107
                   (i32.const 32)
                  )
                  (br_if $exit262
                   (i32.ge_s
                    (local.get $30)
                    (local.get $107)
                   )
                  )
                  (loop $loop263
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
                   (br_if $loop263
                    (i32.lt_s
                     (local.get $30)
                     (local.get $107)
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
                 (block $exit264
                  (local.set $30
                   (i32.const 0)
                  )
                  (local.set $108
                   (i32.const 32)
                  )
                  (br_if $exit264
                   (i32.ge_s
                    (local.get $30)
                    (local.get $108)
                   )
                  )
                  (loop $loop265
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
                   (br_if $loop265
                    (i32.lt_s
                     (local.get $30)
                     (local.get $108)
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
                (block $exit266
                 (local.set $31
                  (i32.const 0)
                 )
                 (local.set $109
                  (i32.div_s
                   (i32.add
                    (local.get $23)
                    (i32.const 7)
                   )
                   (i32.const 8)
                  )
                 )
                 (br_if $exit266
                  (i32.ge_s
                   (local.get $31)
                   (local.get $109)
                  )
                 )
                 (loop $loop267
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
                      (i32.const 344064)
                      (i32.shl
                       (i32.load
                        (i32.add
                         (i32.const 76133888)
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
                    (call $op6_rows
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
                        (i32.const 76144704)
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
                    (block $exit260
                     (local.set $32
                      (i32.const 0)
                     )
                     (local.set $106
                      (i32.div_s
                       (i32.add
                        (local.get $39)
                        (i32.const 3)
                       )
                       (i32.const 4)
                      )
                     )
                     (br_if $exit260
                      (i32.ge_s
                       (local.get $32)
                       (local.get $106)
                      )
                     )
                     (loop $loop261
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
                           (i32.const 76144128)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 76144192)
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
                      (block $exit244
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $58
                        (i32.const 8)
                       )
                       (br_if $exit244
                        (i32.ge_s
                         (local.get $42)
                         (local.get $58)
                        )
                       )
                       (loop $loop245
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
                            (i32.const 67469824)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 76144704)
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
                        (br_if $loop245
                         (i32.lt_s
                          (local.get $42)
                          (local.get $58)
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
                           (i32.const 76144128)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 76144192)
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
                      (block $exit248
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $60
                        (i32.const 8)
                       )
                       (br_if $exit248
                        (i32.ge_s
                         (local.get $42)
                         (local.get $60)
                        )
                       )
                       (loop $loop249
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
                            (i32.const 67469824)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 76144704)
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
                        (br_if $loop249
                         (i32.lt_s
                          (local.get $42)
                          (local.get $60)
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
                           (i32.const 76144128)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 76144192)
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
                      (block $exit252
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $62
                        (i32.const 8)
                       )
                       (br_if $exit252
                        (i32.ge_s
                         (local.get $42)
                         (local.get $62)
                        )
                       )
                       (loop $loop253
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
                            (i32.const 67469824)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 76144704)
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
                        (br_if $loop253
                         (i32.lt_s
                          (local.get $42)
                          (local.get $62)
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
                           (i32.const 76144128)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 76144192)
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
                      (block $exit256
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $64
                        (i32.const 8)
                       )
                       (br_if $exit256
                        (i32.ge_s
                         (local.get $42)
                         (local.get $64)
                        )
                       )
                       (loop $loop257
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
                            (i32.const 67469824)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 76144704)
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
                        (br_if $loop257
                         (i32.lt_s
                          (local.get $42)
                          (local.get $64)
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
                        (local.set $54
                         (i32.add
                          (i32.const 67465728)
                          (i32.shl
                           (i32.add
                            (i32.load
                             (i32.add
                              (i32.const 76130624)
                              (i32.shl
                               (local.get $21)
                               (i32.const 2)
                              )
                             )
                            )
                            (i32.load
                             (i32.add
                              (i32.const 76130688)
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
                           (i32.const 2)
                          )
                         )
                        )
                        (local.set $55
                         (i32.add
                          (i32.const 67465728)
                          (i32.shl
                           (i32.add
                            (i32.load
                             (i32.add
                              (i32.const 76130624)
                              (i32.shl
                               (local.get $21)
                               (i32.const 2)
                              )
                             )
                            )
                            (i32.load
                             (i32.add
                              (i32.const 76130688)
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
                           (i32.const 2)
                          )
                         )
                        )
                        (local.set $56
                         (i32.add
                          (i32.const 67465728)
                          (i32.shl
                           (i32.add
                            (i32.load
                             (i32.add
                              (i32.const 76130624)
                              (i32.shl
                               (local.get $21)
                               (i32.const 2)
                              )
                             )
                            )
                            (i32.load
                             (i32.add
                              (i32.const 76130688)
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
                           (i32.const 2)
                          )
                         )
                        )
                        (local.set $57
                         (i32.add
                          (i32.const 67465728)
                          (i32.shl
                           (i32.add
                            (i32.load
                             (i32.add
                              (i32.const 76130624)
                              (i32.shl
                               (local.get $21)
                               (i32.const 2)
                              )
                             )
                            )
                            (i32.load
                             (i32.add
                              (i32.const 76130688)
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
                           (i32.const 2)
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
                           (i32.const 0)
                          )
                          (local.get $39)
                         )
                         (then
                          (local.set $66
                           (v128.load align=4
                            (local.get $50)
                           )
                          )
                          (local.set $67
                           (v128.load32_splat
                            (local.get $54)
                           )
                          )
                          (local.set $68
                           (local.get $66)
                          )
                          (local.set $69
                           (f32x4.pmax
                            (local.get $68)
                            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                           )
                          )
                          (local.set $70
                           (f32x4.mul
                            (local.get $67)
                            (local.get $69)
                           )
                          )
                          (v128.store align=4
                           (local.get $50)
                           (local.get $70)
                          )
                          (local.set $71
                           (v128.load offset=16 align=4
                            (local.get $50)
                           )
                          )
                          (local.set $72
                           (v128.load32_splat
                            (local.get $54)
                           )
                          )
                          (local.set $73
                           (local.get $71)
                          )
                          (local.set $74
                           (f32x4.pmax
                            (local.get $73)
                            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                           )
                          )
                          (local.set $75
                           (f32x4.mul
                            (local.get $72)
                            (local.get $74)
                           )
                          )
                          (v128.store offset=16 align=4
                           (local.get $50)
                           (local.get $75)
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
                          (local.set $76
                           (v128.load offset=32 align=4
                            (local.get $50)
                           )
                          )
                          (local.set $77
                           (v128.load32_splat
                            (local.get $55)
                           )
                          )
                          (local.set $78
                           (local.get $76)
                          )
                          (local.set $79
                           (f32x4.pmax
                            (local.get $78)
                            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                           )
                          )
                          (local.set $80
                           (f32x4.mul
                            (local.get $77)
                            (local.get $79)
                           )
                          )
                          (v128.store offset=32 align=4
                           (local.get $50)
                           (local.get $80)
                          )
                          (local.set $81
                           (v128.load offset=48 align=4
                            (local.get $50)
                           )
                          )
                          (local.set $82
                           (v128.load32_splat
                            (local.get $55)
                           )
                          )
                          (local.set $83
                           (local.get $81)
                          )
                          (local.set $84
                           (f32x4.pmax
                            (local.get $83)
                            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                           )
                          )
                          (local.set $85
                           (f32x4.mul
                            (local.get $82)
                            (local.get $84)
                           )
                          )
                          (v128.store offset=48 align=4
                           (local.get $50)
                           (local.get $85)
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
                          (local.set $86
                           (v128.load offset=64 align=4
                            (local.get $50)
                           )
                          )
                          (local.set $87
                           (v128.load32_splat
                            (local.get $56)
                           )
                          )
                          (local.set $88
                           (local.get $86)
                          )
                          (local.set $89
                           (f32x4.pmax
                            (local.get $88)
                            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                           )
                          )
                          (local.set $90
                           (f32x4.mul
                            (local.get $87)
                            (local.get $89)
                           )
                          )
                          (v128.store offset=64 align=4
                           (local.get $50)
                           (local.get $90)
                          )
                          (local.set $91
                           (v128.load offset=80 align=4
                            (local.get $50)
                           )
                          )
                          (local.set $92
                           (v128.load32_splat
                            (local.get $56)
                           )
                          )
                          (local.set $93
                           (local.get $91)
                          )
                          (local.set $94
                           (f32x4.pmax
                            (local.get $93)
                            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                           )
                          )
                          (local.set $95
                           (f32x4.mul
                            (local.get $92)
                            (local.get $94)
                           )
                          )
                          (v128.store offset=80 align=4
                           (local.get $50)
                           (local.get $95)
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
                          (local.set $96
                           (v128.load offset=96 align=4
                            (local.get $50)
                           )
                          )
                          (local.set $97
                           (v128.load32_splat
                            (local.get $57)
                           )
                          )
                          (local.set $98
                           (local.get $96)
                          )
                          (local.set $99
                           (f32x4.pmax
                            (local.get $98)
                            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                           )
                          )
                          (local.set $100
                           (f32x4.mul
                            (local.get $97)
                            (local.get $99)
                           )
                          )
                          (v128.store offset=96 align=4
                           (local.get $50)
                           (local.get $100)
                          )
                          (local.set $101
                           (v128.load offset=112 align=4
                            (local.get $50)
                           )
                          )
                          (local.set $102
                           (v128.load32_splat
                            (local.get $57)
                           )
                          )
                          (local.set $103
                           (local.get $101)
                          )
                          (local.set $104
                           (f32x4.pmax
                            (local.get $103)
                            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                           )
                          )
                          (local.set $105
                           (f32x4.mul
                            (local.get $102)
                            (local.get $104)
                           )
                          )
                          (v128.store offset=112 align=4
                           (local.get $50)
                           (local.get $105)
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
                           (i32.const 76144128)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 76144192)
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
                      (block $exit246
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $59
                        (local.get $34)
                       )
                       (br_if $exit246
                        (i32.ge_s
                         (local.get $42)
                         (local.get $59)
                        )
                       )
                       (loop $loop247
                        (if
                         (local.get $44)
                         (then
                          (f32.store
                           (i32.add
                            (i32.const 67469824)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 76144704)
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
                        (br_if $loop247
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
                           (i32.const 76144128)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 76144192)
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
                      (block $exit250
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $61
                        (local.get $34)
                       )
                       (br_if $exit250
                        (i32.ge_s
                         (local.get $42)
                         (local.get $61)
                        )
                       )
                       (loop $loop251
                        (if
                         (local.get $44)
                         (then
                          (f32.store
                           (i32.add
                            (i32.const 67469824)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 76144704)
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
                        (br_if $loop251
                         (i32.lt_s
                          (local.get $42)
                          (local.get $61)
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
                           (i32.const 76144128)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 76144192)
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
                      (block $exit254
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $63
                        (local.get $34)
                       )
                       (br_if $exit254
                        (i32.ge_s
                         (local.get $42)
                         (local.get $63)
                        )
                       )
                       (loop $loop255
                        (if
                         (local.get $44)
                         (then
                          (f32.store
                           (i32.add
                            (i32.const 67469824)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 76144704)
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
                        (br_if $loop255
                         (i32.lt_s
                          (local.get $42)
                          (local.get $63)
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
                           (i32.const 76144128)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 76144192)
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
                      (block $exit258
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $65
                        (local.get $34)
                       )
                       (br_if $exit258
                        (i32.ge_s
                         (local.get $42)
                         (local.get $65)
                        )
                       )
                       (loop $loop259
                        (if
                         (local.get $44)
                         (then
                          (f32.store
                           (i32.add
                            (i32.const 67469824)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 76144704)
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
                        (br_if $loop259
                         (i32.lt_s
                          (local.get $42)
                          (local.get $65)
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
                      (br_if $loop261
                       (i32.lt_s
                        (local.get $32)
                        (local.get $106)
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
                  (br_if $loop267
                   (i32.lt_s
                    (local.get $31)
                    (local.get $109)
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
              (br_if $loop269
               (i32.lt_s
                (local.get $19)
                (local.get $110)
               )
              )
             )
            )
            (local.set $24
             (i32.add
              (local.get $24)
              (local.get $112)
             )
            )
            (br_if $loop271
             (i32.lt_s
              (local.get $24)
              (local.get $111)
             )
            )
           )
          )
          (local.set $22
           (i32.add
            (local.get $22)
            (local.get $116)
           )
          )
          (br_if $loop277
           (i32.lt_s
            (local.get $22)
            (local.get $115)
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
        (br_if $loop279
         (i32.lt_s
          (local.get $17)
          (local.get $117)
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
    (br_if $loop281
     (i32.lt_s
      (local.get $16)
      (local.get $118)
     )
    )
   )
  )
 )
 (func $op7_packA (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32)
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
  (local.set $9
   (local.get $0)
  )
  (block $exit284
   (local.set $6
    (i32.const 0)
   )
   (local.set $23
    (i32.div_s
     (i32.add
      (local.get $2)
      (i32.const 3)
     )
     (i32.const 4)
    )
   )
   (br_if $exit284
    (i32.ge_s
     (local.get $6)
     (local.get $23)
    )
   )
   (loop $loop285
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
         (i32.const 76152896)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 76152960)
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
    (local.set $18
     (select
      (i32.add
       (i32.load
        (i32.add
         (i32.const 76219008)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 76219072)
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
         (i32.const 76152896)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 76152960)
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
    (local.set $19
     (select
      (i32.add
       (i32.load
        (i32.add
         (i32.const 76219008)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 76219072)
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
         (i32.const 76152896)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 76152960)
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
    (local.set $20
     (select
      (i32.add
       (i32.load
        (i32.add
         (i32.const 76219008)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 76219072)
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
         (i32.const 76152896)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 76152960)
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
    (local.set $21
     (select
      (i32.add
       (i32.load
        (i32.add
         (i32.const 76219008)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 76219072)
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
    (block $exit282
     (local.set $7
      (i32.const 0)
     )
     (local.set $22
      (local.get $4)
     )
     (br_if $exit282
      (i32.ge_s
       (local.get $7)
       (local.get $22)
      )
     )
     (loop $loop283
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
        (f32.mul
         (f32.load
          (i32.add
           (i32.const 67461632)
           (i32.shl
            (i32.add
             (local.get $14)
             (i32.load
              (i32.add
               (i32.const 76153472)
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
         (f32.load
          (i32.add
           (i32.const 67469824)
           (i32.shl
            (i32.add
             (local.get $18)
             (i32.load
              (i32.add
               (i32.const 76219584)
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
        )
        (f32.const 0)
        (local.get $10)
       )
      )
      (f32.store offset=4
       (local.get $9)
       (select
        (f32.mul
         (f32.load
          (i32.add
           (i32.const 67461632)
           (i32.shl
            (i32.add
             (local.get $15)
             (i32.load
              (i32.add
               (i32.const 76153472)
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
         (f32.load
          (i32.add
           (i32.const 67469824)
           (i32.shl
            (i32.add
             (local.get $19)
             (i32.load
              (i32.add
               (i32.const 76219584)
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
        )
        (f32.const 0)
        (local.get $11)
       )
      )
      (f32.store offset=8
       (local.get $9)
       (select
        (f32.mul
         (f32.load
          (i32.add
           (i32.const 67461632)
           (i32.shl
            (i32.add
             (local.get $16)
             (i32.load
              (i32.add
               (i32.const 76153472)
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
         (f32.load
          (i32.add
           (i32.const 67469824)
           (i32.shl
            (i32.add
             (local.get $20)
             (i32.load
              (i32.add
               (i32.const 76219584)
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
        )
        (f32.const 0)
        (local.get $12)
       )
      )
      (f32.store offset=12
       (local.get $9)
       (select
        (f32.mul
         (f32.load
          (i32.add
           (i32.const 67461632)
           (i32.shl
            (i32.add
             (local.get $17)
             (i32.load
              (i32.add
               (i32.const 76153472)
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
         (f32.load
          (i32.add
           (i32.const 67469824)
           (i32.shl
            (i32.add
             (local.get $21)
             (i32.load
              (i32.add
               (i32.const 76219584)
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
      (br_if $loop283
       (i32.lt_s
        (local.get $7)
        (local.get $22)
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
    (br_if $loop285
     (i32.lt_s
      (local.get $6)
      (local.get $23)
     )
    )
   )
  )
 )
 (func $op7_packB (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32)
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
      (i32.const 33898496)
      (i32.shl
       (i32.add
        (i32.load
         (i32.add
          (i32.const 76285120)
          (i32.shl
           (local.get $5)
           (i32.const 2)
          )
         )
        )
        (i32.load
         (i32.add
          (i32.const 76285184)
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
    (block $exit292
     (local.set $7
      (i32.const 0)
     )
     (local.set $35
      (local.get $2)
     )
     (br_if $exit292
      (i32.ge_s
       (local.get $7)
       (local.get $35)
      )
     )
     (loop $loop293
      (local.set $31
       (i32.add
        (local.get $30)
        (i32.shl
         (i32.load
          (i32.add
           (i32.const 76287232)
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
      (block $exit290
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
       (br_if $exit290
        (i32.ge_s
         (local.get $6)
         (local.get $34)
        )
       )
       (loop $loop291
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
        (br_if $loop291
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
      (br_if $loop293
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
    (block $exit288
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
     (br_if $exit288
      (i32.ge_s
       (local.get $6)
       (local.get $29)
      )
     )
     (loop $loop289
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
           (i32.const 76285120)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 76285184)
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
           (i32.const 76285120)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 76285184)
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
           (i32.const 76285120)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 76285184)
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
           (i32.const 76285120)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 76285184)
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
           (i32.const 76285120)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 76285184)
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
           (i32.const 76285120)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 76285184)
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
           (i32.const 76285120)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 76285184)
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
           (i32.const 76285120)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 76285184)
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
      (block $exit286
       (local.set $7
        (i32.const 0)
       )
       (local.set $28
        (local.get $2)
       )
       (br_if $exit286
        (i32.ge_s
         (local.get $7)
         (local.get $28)
        )
       )
       (loop $loop287
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
            (i32.const 33898496)
            (i32.shl
             (i32.add
              (local.get $19)
              (i32.load
               (i32.add
                (i32.const 76287232)
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
              (i32.const 33898496)
              (i32.shl
               (i32.add
                (local.get $19)
                (i32.load
                 (i32.add
                  (i32.const 76287232)
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
              (i32.const 33898496)
              (i32.shl
               (i32.add
                (local.get $20)
                (i32.load
                 (i32.add
                  (i32.const 76287232)
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
              (i32.const 33898496)
              (i32.shl
               (i32.add
                (local.get $21)
                (i32.load
                 (i32.add
                  (i32.const 76287232)
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
              (i32.const 33898496)
              (i32.shl
               (i32.add
                (local.get $22)
                (i32.load
                 (i32.add
                  (i32.const 76287232)
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
              (i32.const 33898496)
              (i32.shl
               (i32.add
                (local.get $23)
                (i32.load
                 (i32.add
                  (i32.const 76287232)
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
              (i32.const 33898496)
              (i32.shl
               (i32.add
                (local.get $24)
                (i32.load
                 (i32.add
                  (i32.const 76287232)
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
              (i32.const 33898496)
              (i32.shl
               (i32.add
                (local.get $25)
                (i32.load
                 (i32.add
                  (i32.const 76287232)
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
              (i32.const 33898496)
              (i32.shl
               (i32.add
                (local.get $26)
                (i32.load
                 (i32.add
                  (i32.const 76287232)
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
        (br_if $loop287
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
      (br_if $loop289
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
 (func $op7 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32)
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
  (block $exit324
   (local.set $7
    (i32.const 0)
   )
   (local.set $54
    (local.get $1)
   )
   (br_if $exit324
    (i32.ge_s
     (local.get $7)
     (local.get $54)
    )
   )
   (loop $loop325
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
    (block $exit318
     (local.set $31
      (i32.const 0)
     )
     (local.set $51
      (local.get $15)
     )
     (br_if $exit318
      (i32.ge_s
       (local.get $31)
       (local.get $51)
      )
     )
     (loop $loop319
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
      (br_if $loop319
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
    (block $exit320
     (local.set $31
      (local.get $16)
     )
     (local.set $52
      (local.get $15)
     )
     (br_if $exit320
      (i32.ge_s
       (local.get $31)
       (local.get $52)
      )
     )
     (loop $loop321
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
      (br_if $loop321
       (i32.lt_s
        (local.get $31)
        (local.get $52)
       )
      )
     )
    )
    (block $exit322
     (local.set $19
      (local.get $16)
     )
     (local.set $53
      (local.get $17)
     )
     (br_if $exit322
      (i32.ge_s
       (local.get $19)
       (local.get $53)
      )
     )
     (loop $loop323
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
      (block $exit316
       (local.set $21
        (i32.const 0)
       )
       (local.set $50
        (local.get $13)
       )
       (br_if $exit316
        (i32.ge_s
         (local.get $21)
         (local.get $50)
        )
       )
       (loop $loop317
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
        (call $op7_packB
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
        (block $exit314
         (local.set $23
          (i32.const 0)
         )
         (local.set $49
          (local.get $11)
         )
         (br_if $exit314
          (i32.ge_s
           (local.get $23)
           (local.get $49)
          )
         )
         (loop $loop315
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
          (call $op7_packA
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
          (block $exit312
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
           (br_if $exit312
            (i32.ge_s
             (local.get $25)
             (local.get $48)
            )
           )
           (loop $loop313
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
            (block $exit310
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
             (br_if $exit310
              (i32.ge_s
               (local.get $26)
               (local.get $47)
              )
             )
             (loop $loop311
              (if
               (local.get $29)
               (then
                (i32.store
                 (local.get $35)
                 (select
                  (i32.add
                   (i32.const 75858432)
                   (i32.shl
                    (i32.add
                     (i32.add
                      (i32.load
                       (i32.add
                        (i32.const 76352768)
                        (i32.shl
                         (local.get $9)
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.load
                       (i32.add
                        (i32.const 76352832)
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
                       (i32.const 76353344)
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
                   (i32.const 75858432)
                   (i32.shl
                    (i32.add
                     (i32.add
                      (i32.load
                       (i32.add
                        (i32.const 76352768)
                        (i32.shl
                         (local.get $9)
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.load
                       (i32.add
                        (i32.const 76352832)
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
                       (i32.const 76353344)
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
                   (i32.const 75858432)
                   (i32.shl
                    (i32.add
                     (i32.add
                      (i32.load
                       (i32.add
                        (i32.const 76352768)
                        (i32.shl
                         (local.get $9)
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.load
                       (i32.add
                        (i32.const 76352832)
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
                       (i32.const 76353344)
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
                   (i32.const 75858432)
                   (i32.shl
                    (i32.add
                     (i32.add
                      (i32.load
                       (i32.add
                        (i32.const 76352768)
                        (i32.shl
                         (local.get $9)
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.load
                       (i32.add
                        (i32.const 76352832)
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
                       (i32.const 76353344)
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
                     (i32.const 76352768)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 76352832)
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
                (block $exit294
                 (local.set $31
                  (i32.const 0)
                 )
                 (local.set $39
                  (i32.const 8)
                 )
                 (br_if $exit294
                  (i32.ge_s
                   (local.get $31)
                   (local.get $39)
                  )
                 )
                 (loop $loop295
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
                      (i32.const 75858432)
                      (i32.shl
                       (i32.add
                        (local.get $30)
                        (i32.load
                         (i32.add
                          (i32.const 76353344)
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
                  (br_if $loop295
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
                     (i32.const 76352768)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 76352832)
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
                (block $exit298
                 (local.set $31
                  (i32.const 0)
                 )
                 (local.set $41
                  (i32.const 8)
                 )
                 (br_if $exit298
                  (i32.ge_s
                   (local.get $31)
                   (local.get $41)
                  )
                 )
                 (loop $loop299
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
                      (i32.const 75858432)
                      (i32.shl
                       (i32.add
                        (local.get $30)
                        (i32.load
                         (i32.add
                          (i32.const 76353344)
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
                  (br_if $loop299
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
                     (i32.const 76352768)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 76352832)
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
                (block $exit302
                 (local.set $31
                  (i32.const 0)
                 )
                 (local.set $43
                  (i32.const 8)
                 )
                 (br_if $exit302
                  (i32.ge_s
                   (local.get $31)
                   (local.get $43)
                  )
                 )
                 (loop $loop303
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
                      (i32.const 75858432)
                      (i32.shl
                       (i32.add
                        (local.get $30)
                        (i32.load
                         (i32.add
                          (i32.const 76353344)
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
                  (br_if $loop303
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
                     (i32.const 76352768)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 76352832)
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
                (block $exit306
                 (local.set $31
                  (i32.const 0)
                 )
                 (local.set $45
                  (i32.const 8)
                 )
                 (br_if $exit306
                  (i32.ge_s
                   (local.get $31)
                   (local.get $45)
                  )
                 )
                 (loop $loop307
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
                      (i32.const 75858432)
                      (i32.shl
                       (i32.add
                        (local.get $30)
                        (i32.load
                         (i32.add
                          (i32.const 76353344)
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
                  (br_if $loop307
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
                     (i32.const 76352768)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 76352832)
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
                (block $exit296
                 (local.set $31
                  (i32.const 0)
                 )
                 (local.set $40
                  (local.get $28)
                 )
                 (br_if $exit296
                  (i32.ge_s
                   (local.get $31)
                   (local.get $40)
                  )
                 )
                 (loop $loop297
                  (if
                   (local.get $32)
                   (then
                    (f32.store
                     (i32.add
                      (i32.const 75858432)
                      (i32.shl
                       (i32.add
                        (local.get $30)
                        (i32.load
                         (i32.add
                          (i32.const 76353344)
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
                  (br_if $loop297
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
                     (i32.const 76352768)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 76352832)
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
                (block $exit300
                 (local.set $31
                  (i32.const 0)
                 )
                 (local.set $42
                  (local.get $28)
                 )
                 (br_if $exit300
                  (i32.ge_s
                   (local.get $31)
                   (local.get $42)
                  )
                 )
                 (loop $loop301
                  (if
                   (local.get $32)
                   (then
                    (f32.store
                     (i32.add
                      (i32.const 75858432)
                      (i32.shl
                       (i32.add
                        (local.get $30)
                        (i32.load
                         (i32.add
                          (i32.const 76353344)
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
                  (br_if $loop301
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
                     (i32.const 76352768)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 76352832)
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
                (block $exit304
                 (local.set $31
                  (i32.const 0)
                 )
                 (local.set $44
                  (local.get $28)
                 )
                 (br_if $exit304
                  (i32.ge_s
                   (local.get $31)
                   (local.get $44)
                  )
                 )
                 (loop $loop305
                  (if
                   (local.get $32)
                   (then
                    (f32.store
                     (i32.add
                      (i32.const 75858432)
                      (i32.shl
                       (i32.add
                        (local.get $30)
                        (i32.load
                         (i32.add
                          (i32.const 76353344)
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
                  (br_if $loop305
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
                     (i32.const 76352768)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 76352832)
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
                (block $exit308
                 (local.set $31
                  (i32.const 0)
                 )
                 (local.set $46
                  (local.get $28)
                 )
                 (br_if $exit308
                  (i32.ge_s
                   (local.get $31)
                   (local.get $46)
                  )
                 )
                 (loop $loop309
                  (if
                   (local.get $32)
                   (then
                    (f32.store
                     (i32.add
                      (i32.const 75858432)
                      (i32.shl
                       (i32.add
                        (local.get $30)
                        (i32.load
                         (i32.add
                          (i32.const 76353344)
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
                  (br_if $loop309
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
              (br_if $loop311
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
            (br_if $loop313
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
          (br_if $loop315
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
        (br_if $loop317
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
      (br_if $loop323
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
    (br_if $loop325
     (i32.lt_s
      (local.get $7)
      (local.get $54)
     )
    )
   )
  )
 )
 (func $op7_claim (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (block $exit326
   (local.set $10
    (i32.const 0)
   )
   (local.set $12
    (local.get $1)
   )
   (br_if $exit326
    (i32.ge_s
     (local.get $10)
     (local.get $12)
    )
   )
   (loop $loop327
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
      (call $op7
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
    (br_if $loop327
     (i32.lt_s
      (local.get $10)
      (local.get $12)
     )
    )
   )
  )
 )
 (func $op7_prepack (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (block $exit328
   (local.set $2
    (i32.const 0)
   )
   (local.set $4
    (local.get $1)
   )
   (br_if $exit328
    (i32.ge_s
     (local.get $2)
     (local.get $4)
    )
   )
   (loop $loop329
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
      (call $op7_packA
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
    (br_if $loop329
     (i32.lt_s
      (local.get $2)
      (local.get $4)
     )
    )
   )
  )
 )
 (func $op7_shared (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32)
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
  (block $exit366
   (local.set $16
    (i32.const 0)
   )
   (local.set $74
    (local.get $1)
   )
   (br_if $exit366
    (i32.ge_s
     (local.get $16)
     (local.get $74)
    )
   )
   (loop $loop367
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
      (block $exit364
       (local.set $17
        (i32.const 0)
       )
       (local.set $73
        (local.get $11)
       )
       (br_if $exit364
        (i32.ge_s
         (local.get $17)
         (local.get $73)
        )
       )
       (loop $loop365
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
         (block $exit358
          (local.set $19
           (local.get $18)
          )
          (local.set $69
           (local.get $11)
          )
          (br_if $exit358
           (i32.ge_s
            (local.get $19)
            (local.get $69)
           )
          )
          (loop $loop359
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
           (br_if $loop359
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
          (block $exit360
           (local.set $19
            (local.get $17)
           )
           (local.set $70
            (local.get $18)
           )
           (br_if $exit360
            (i32.ge_s
             (local.get $19)
             (local.get $70)
            )
           )
           (loop $loop361
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
              (call $op7_packA
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
            (br_if $loop361
             (i32.lt_s
              (local.get $19)
              (local.get $70)
             )
            )
           )
          )
         )
        )
        (block $exit362
         (local.set $22
          (local.get $12)
         )
         (local.set $71
          (local.get $13)
         )
         (local.set $72
          (local.get $7)
         )
         (br_if $exit362
          (i32.ge_s
           (local.get $22)
           (local.get $71)
          )
         )
         (loop $loop363
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
          (block $exit356
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
           (br_if $exit356
            (i32.ge_s
             (local.get $24)
             (local.get $67)
            )
           )
           (loop $loop357
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
              (call $op7_packB
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
            (block $exit354
             (local.set $19
              (local.get $17)
             )
             (local.set $66
              (local.get $18)
             )
             (br_if $exit354
              (i32.ge_s
               (local.get $19)
               (local.get $66)
              )
             )
             (loop $loop355
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
                 (block $exit348
                  (local.set $30
                   (i32.const 0)
                  )
                  (local.set $63
                   (i32.const 32)
                  )
                  (br_if $exit348
                   (i32.ge_s
                    (local.get $30)
                    (local.get $63)
                   )
                  )
                  (loop $loop349
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
                   (br_if $loop349
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
                 (block $exit350
                  (local.set $30
                   (i32.const 0)
                  )
                  (local.set $64
                   (i32.const 32)
                  )
                  (br_if $exit350
                   (i32.ge_s
                    (local.get $30)
                    (local.get $64)
                   )
                  )
                  (loop $loop351
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
                   (br_if $loop351
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
                (block $exit352
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
                 (br_if $exit352
                  (i32.ge_s
                   (local.get $31)
                   (local.get $65)
                  )
                 )
                 (loop $loop353
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
                      (i32.const 33898496)
                      (i32.shl
                       (i32.load
                        (i32.add
                         (i32.const 76285184)
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
                        (i32.const 76353344)
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
                    (block $exit346
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
                     (br_if $exit346
                      (i32.ge_s
                       (local.get $32)
                       (local.get $62)
                      )
                     )
                     (loop $loop347
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
                           (i32.const 76352768)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 76352832)
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
                      (block $exit330
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $54
                        (i32.const 8)
                       )
                       (br_if $exit330
                        (i32.ge_s
                         (local.get $42)
                         (local.get $54)
                        )
                       )
                       (loop $loop331
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
                            (i32.const 75858432)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 76353344)
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
                        (br_if $loop331
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
                           (i32.const 76352768)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 76352832)
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
                      (block $exit334
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $56
                        (i32.const 8)
                       )
                       (br_if $exit334
                        (i32.ge_s
                         (local.get $42)
                         (local.get $56)
                        )
                       )
                       (loop $loop335
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
                            (i32.const 75858432)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 76353344)
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
                        (br_if $loop335
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
                           (i32.const 76352768)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 76352832)
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
                      (block $exit338
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $58
                        (i32.const 8)
                       )
                       (br_if $exit338
                        (i32.ge_s
                         (local.get $42)
                         (local.get $58)
                        )
                       )
                       (loop $loop339
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
                            (i32.const 75858432)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 76353344)
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
                        (br_if $loop339
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
                           (i32.const 76352768)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 76352832)
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
                      (block $exit342
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $60
                        (i32.const 8)
                       )
                       (br_if $exit342
                        (i32.ge_s
                         (local.get $42)
                         (local.get $60)
                        )
                       )
                       (loop $loop343
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
                            (i32.const 75858432)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 76353344)
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
                        (br_if $loop343
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
                           (i32.const 76352768)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 76352832)
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
                      (block $exit332
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $55
                        (local.get $34)
                       )
                       (br_if $exit332
                        (i32.ge_s
                         (local.get $42)
                         (local.get $55)
                        )
                       )
                       (loop $loop333
                        (if
                         (local.get $44)
                         (then
                          (f32.store
                           (i32.add
                            (i32.const 75858432)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 76353344)
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
                        (br_if $loop333
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
                           (i32.const 76352768)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 76352832)
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
                      (block $exit336
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $57
                        (local.get $34)
                       )
                       (br_if $exit336
                        (i32.ge_s
                         (local.get $42)
                         (local.get $57)
                        )
                       )
                       (loop $loop337
                        (if
                         (local.get $44)
                         (then
                          (f32.store
                           (i32.add
                            (i32.const 75858432)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 76353344)
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
                        (br_if $loop337
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
                           (i32.const 76352768)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 76352832)
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
                      (block $exit340
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $59
                        (local.get $34)
                       )
                       (br_if $exit340
                        (i32.ge_s
                         (local.get $42)
                         (local.get $59)
                        )
                       )
                       (loop $loop341
                        (if
                         (local.get $44)
                         (then
                          (f32.store
                           (i32.add
                            (i32.const 75858432)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 76353344)
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
                        (br_if $loop341
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
                           (i32.const 76352768)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 76352832)
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
                      (block $exit344
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $61
                        (local.get $34)
                       )
                       (br_if $exit344
                        (i32.ge_s
                         (local.get $42)
                         (local.get $61)
                        )
                       )
                       (loop $loop345
                        (if
                         (local.get $44)
                         (then
                          (f32.store
                           (i32.add
                            (i32.const 75858432)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 76353344)
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
                        (br_if $loop345
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
                      (br_if $loop347
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
                  (br_if $loop353
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
              (br_if $loop355
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
            (br_if $loop357
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
          (br_if $loop363
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
        (br_if $loop365
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
    (br_if $loop367
     (i32.lt_s
      (local.get $16)
      (local.get $74)
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
   (i32.const 76355392)
   (i32.const 0)
   (i32.const 4096)
  )
  (block $exit370
   (local.set $0
    (i32.const 0)
   )
   (local.set $10
    (i32.const 128)
   )
   (br_if $exit370
    (i32.ge_s
     (local.get $0)
     (local.get $10)
    )
   )
   (loop $loop371
    (local.set $2
     (i32.add
      (i32.const 67461632)
      (i32.mul
       (local.get $0)
       (i32.const 32)
      )
     )
    )
    (local.set $3
     (i32.add
      (i32.const 76355392)
      (i32.mul
       (i32.div_s
        (local.get $0)
        (i32.const 1)
       )
       (i32.const 32)
      )
     )
    )
    (block $exit368
     (local.set $1
      (i32.const 0)
     )
     (local.set $6
      (i32.const 8)
     )
     (br_if $exit368
      (i32.ge_s
       (local.get $1)
       (local.get $6)
      )
     )
     (loop $loop369
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
      (br_if $loop369
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
    (br_if $loop371
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
   (i32.const 76359488)
   (i32.const 0)
  )
  (block $exit374
   (local.set $8
    (i32.const 0)
   )
   (local.set $12
    (i32.const 8)
   )
   (br_if $exit374
    (i32.ge_s
     (local.get $8)
     (local.get $12)
    )
   )
   (loop $loop375
    (block $exit372
     (local.set $9
      (i32.const 0)
     )
     (local.set $11
      (i32.const 128)
     )
     (br_if $exit372
      (i32.ge_s
       (local.get $9)
       (local.get $11)
      )
     )
     (loop $loop373
      (i32.store
       (i32.add
        (i32.const 76359552)
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
           (i32.const 76355392)
           (i32.shl
            (i32.add
             (i32.mul
              (local.get $9)
              (i32.const 8)
             )
             (local.get $8)
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
      (br_if $loop373
       (i32.lt_s
        (local.get $9)
        (local.get $11)
       )
      )
     )
    )
    (i32.store
     (i32.add
      (i32.const 76359488)
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
    (br_if $loop375
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
  (local $91 v128)
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
  (local $112 i32)
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
  (local $123 v128)
  (local $124 i32)
  (local $125 i32)
  (local $126 i32)
  (local $127 i32)
  (local $128 v128)
  (local $129 v128)
  (local $130 v128)
  (local $131 i32)
  (local $132 v128)
  (local $133 v128)
  (local $134 v128)
  (local $135 v128)
  (local $136 v128)
  (local $137 v128)
  (local $138 v128)
  (local $139 v128)
  (local $140 i32)
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
  (local $153 v128)
  (local $154 i32)
  (local $155 i32)
  (local $156 i32)
  (local $157 i32)
  (local $158 i32)
  (local $159 v128)
  (local $160 i32)
  (local $161 v128)
  (local $162 v128)
  (local $163 i32)
  (local $164 v128)
  (local $165 v128)
  (local $166 v128)
  (local $167 i32)
  (local $168 i32)
  (local $169 i32)
  (local $170 i32)
  (local $171 i32)
  (local $172 i32)
  (local $173 i32)
  (local $174 i32)
  (local $175 i32)
  (local $176 i32)
  (local $177 i32)
  (local $178 i32)
  (local $179 v128)
  (local $180 i32)
  (local $181 i32)
  (local $182 i32)
  (local $183 i32)
  (local $184 i32)
  (local $185 i32)
  (local $186 v128)
  (local $187 v128)
  (local $188 v128)
  (local $189 v128)
  (local $190 v128)
  (local $191 v128)
  (local $192 v128)
  (local $193 v128)
  (local $194 v128)
  (local $195 v128)
  (local $196 v128)
  (local $197 v128)
  (local $198 v128)
  (local $199 v128)
  (local $200 v128)
  (local $201 v128)
  (local $202 v128)
  (local $203 v128)
  (local $204 v128)
  (local $205 i32)
  (local $206 i32)
  (local $207 i32)
  (local $208 v128)
  (local $209 v128)
  (local $210 v128)
  (local $211 v128)
  (local $212 v128)
  (local $213 v128)
  (local $214 v128)
  (local $215 v128)
  (local $216 v128)
  (local $217 v128)
  (local $218 v128)
  (local $219 v128)
  (local $220 v128)
  (local $221 v128)
  (local $222 v128)
  (local $223 v128)
  (local $224 i32)
  (local $225 v128)
  (local $226 i32)
  (local $227 i32)
  (local $228 i32)
  (local $229 i32)
  (local $230 i32)
  (local $231 i32)
  (local $232 i32)
  (local $233 i32)
  (local $234 i32)
  (local $235 i32)
  (local $236 i32)
  (local $237 v128)
  (local $238 i32)
  (local $239 i32)
  (local $240 i32)
  (local $241 i32)
  (local $242 i32)
  (local $243 v128)
  (local $244 v128)
  (local $245 v128)
  (local $246 i32)
  (local $247 v128)
  (local $248 v128)
  (local $249 v128)
  (local $250 i32)
  (local $251 v128)
  (local $252 v128)
  (local $253 v128)
  (local $254 v128)
  (local $255 v128)
  (local $256 i32)
  (local $257 i32)
  (local.set $8
   (i32.const 0)
  )
  (local.set $9
   (i32.const 8)
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
   (i32.const 8)
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
  (local.set $113
   (i32.const 0)
  )
  (local.set $114
   (i32.const 8)
  )
  (local.set $137
   (v128.const i32x4 0x00000000 0x00000001 0x00000002 0x00000003)
  )
  (local.set $139
   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
  )
  (local.set $143
   (i32.const 0)
  )
  (local.set $144
   (i32.const 8)
  )
  (local.set $168
   (i32.const 0)
  )
  (local.set $169
   (i32.const 8)
  )
  (local.set $190
   (v128.const i32x4 0x00000000 0x00000001 0x00000002 0x00000003)
  )
  (local.set $203
   (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
  )
  (local.set $204
   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
  )
  (local.set $227
   (i32.const 0)
  )
  (local.set $228
   (i32.const 8)
  )
  (local.set $244
   (v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000)
  )
  (local.set $248
   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
  )
  (block $exit396
   (local.set $6
    (local.get $0)
   )
   (local.set $257
    (local.get $1)
   )
   (br_if $exit396
    (i32.ge_s
     (local.get $6)
     (local.get $257)
    )
   )
   (loop $loop397
    (local.set $16
     (local.get $6)
    )
    (local.set $10
     (local.get $16)
    )
    (local.set $26
     (i32.add
      (i32.const 67452928)
      (i32.shl
       (local.get $10)
       (i32.const 5)
      )
     )
    )
    (local.set $35
     (i32.add
      (i32.const 67457024)
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
    (block $exit376
     (local.set $11
      (local.get $8)
     )
     (local.set $36
      (i32.sub
       (local.get $9)
       (i32.const 15)
      )
     )
     (br_if $exit376
      (i32.ge_s
       (local.get $11)
       (local.get $36)
      )
     )
     (loop $loop377
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
      (br_if $loop377
       (i32.lt_s
        (local.get $11)
        (local.get $36)
       )
      )
     )
    )
    (block $exit378
     (local.set $11
      (local.get $11)
     )
     (local.set $37
      (i32.sub
       (local.get $9)
       (i32.const 3)
      )
     )
     (br_if $exit378
      (i32.ge_s
       (local.get $11)
       (local.get $37)
      )
     )
     (loop $loop379
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
      (br_if $loop379
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
      (i32.const 67452928)
      (i32.shl
       (local.get $40)
       (i32.const 5)
      )
     )
    )
    (local.set $55
     (i32.add
      (i32.const 67457024)
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
    (block $exit380
     (local.set $41
      (local.get $38)
     )
     (local.set $112
      (i32.sub
       (local.get $39)
       (i32.const 3)
      )
     )
     (br_if $exit380
      (i32.ge_s
       (local.get $41)
       (local.get $112)
      )
     )
     (loop $loop381
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
        (local.get $53)
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
      (br_if $loop381
       (i32.lt_s
        (local.get $41)
        (local.get $112)
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
      (local.set $91
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
      (local.set $92
       (f32x4.sub
        (local.get $91)
        (local.get $56)
       )
      )
      (local.set $93
       (local.get $92)
      )
      (local.set $94
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (if
       (v128.any_true
        (f32x4.lt
         (local.get $93)
         (local.get $77)
        )
       )
       (then
        (local.set $99
         (f32x4.lt
          (local.get $93)
          (local.get $75)
         )
        )
        (if
         (i32.eqz
          (i32x4.all_true
           (local.get $99)
          )
         )
         (then
          (local.set $100
           (f32x4.pmin
            (f32x4.pmax
             (local.get $93)
             (local.get $77)
            )
            (local.get $60)
           )
          )
          (local.set $101
           (f32x4.add
            (f32x4.mul
             (local.get $100)
             (local.get $62)
            )
            (local.get $63)
           )
          )
          (local.set $102
           (f32x4.sub
            (local.get $101)
            (local.get $63)
           )
          )
          (local.set $103
           (f32x4.sub
            (f32x4.sub
             (local.get $100)
             (f32x4.mul
              (local.get $102)
              (local.get $66)
             )
            )
            (f32x4.mul
             (local.get $102)
             (local.get $67)
            )
           )
          )
          (local.set $94
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
                       (local.get $103)
                      )
                      (local.get $71)
                     )
                     (local.get $103)
                    )
                    (local.get $72)
                   )
                   (local.get $103)
                  )
                  (local.get $73)
                 )
                 (local.get $103)
                )
                (local.get $74)
               )
               (local.get $103)
              )
              (local.get $74)
             )
             (i32x4.shl
              (i32x4.add
               (local.get $101)
               (local.get $69)
              )
              (i32.const 23)
             )
            )
            (local.get $99)
           )
          )
          (local.set $104
           (v128.andnot
            (f32x4.lt
             (local.get $93)
             (local.get $77)
            )
            (local.get $99)
           )
          )
          (if
           (v128.any_true
            (local.get $104)
           )
           (then
            (local.set $105
             (f32x4.pmax
              (local.get $93)
              (local.get $75)
             )
            )
            (local.set $106
             (f32x4.add
              (f32x4.mul
               (local.get $105)
               (local.get $62)
              )
              (local.get $63)
             )
            )
            (local.set $107
             (f32x4.sub
              (local.get $106)
              (local.get $63)
             )
            )
            (local.set $108
             (f32x4.sub
              (f32x4.sub
               (local.get $105)
               (f32x4.mul
                (local.get $107)
                (local.get $66)
               )
              )
              (f32x4.mul
               (local.get $107)
               (local.get $67)
              )
             )
            )
            (local.set $109
             (i32x4.shr_s
              (i32x4.sub
               (local.get $106)
               (local.get $87)
              )
              (i32.const 1)
             )
            )
            (local.set $94
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
                          (local.get $108)
                         )
                         (local.get $71)
                        )
                        (local.get $108)
                       )
                       (local.get $72)
                      )
                      (local.get $108)
                     )
                     (local.get $73)
                    )
                    (local.get $108)
                   )
                   (local.get $74)
                  )
                  (local.get $108)
                 )
                 (local.get $74)
                )
                (i32x4.shl
                 (i32x4.add
                  (local.get $109)
                  (local.get $89)
                 )
                 (i32.const 23)
                )
               )
               (i32x4.shl
                (i32x4.add
                 (i32x4.sub
                  (i32x4.sub
                   (local.get $106)
                   (local.get $87)
                  )
                  (local.get $109)
                 )
                 (local.get $89)
                )
                (i32.const 23)
               )
              )
              (local.get $94)
              (local.get $104)
             )
            )
           )
          )
         )
        )
       )
       (else
        (local.set $95
         (f32x4.pmin
          (local.get $93)
          (local.get $60)
         )
        )
        (local.set $96
         (f32x4.add
          (f32x4.mul
           (local.get $95)
           (local.get $62)
          )
          (local.get $63)
         )
        )
        (local.set $97
         (f32x4.sub
          (local.get $96)
          (local.get $63)
         )
        )
        (local.set $98
         (f32x4.sub
          (f32x4.sub
           (local.get $95)
           (f32x4.mul
            (local.get $97)
            (local.get $66)
           )
          )
          (f32x4.mul
           (local.get $97)
           (local.get $67)
          )
         )
        )
        (local.set $94
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
                    (local.get $98)
                   )
                   (local.get $71)
                  )
                  (local.get $98)
                 )
                 (local.get $72)
                )
                (local.get $98)
               )
               (local.get $73)
              )
              (local.get $98)
             )
             (local.get $74)
            )
            (local.get $98)
           )
           (local.get $74)
          )
          (i32x4.shl
           (i32x4.add
            (local.get $96)
            (local.get $69)
           )
           (i32.const 23)
          )
         )
        )
       )
      )
      (local.set $110
       (local.get $94)
      )
      (local.set $111
       (local.get $110)
      )
      (v128.store32_lane 0
       (i32.add
        (local.get $53)
        (i32.shl
         (i32.add
          (local.get $41)
          (i32.const 0)
         )
         (i32.const 2)
        )
       )
       (local.get $111)
      )
      (if
       (i32.lt_s
        (i32.const 1)
        (local.get $47)
       )
       (then
        (v128.store32_lane 1
         (i32.add
          (local.get $53)
          (i32.shl
           (i32.add
            (local.get $41)
            (i32.const 1)
           )
           (i32.const 2)
          )
         )
         (local.get $111)
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
          (local.get $53)
          (i32.shl
           (i32.add
            (local.get $41)
            (i32.const 2)
           )
           (i32.const 2)
          )
         )
         (local.get $111)
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
          (local.get $53)
          (i32.shl
           (i32.add
            (local.get $41)
            (i32.const 3)
           )
           (i32.const 2)
          )
         )
         (local.get $111)
        )
       )
      )
     )
    )
    (local.set $121
     (local.get $6)
    )
    (local.set $115
     (local.get $121)
    )
    (local.set $131
     (i32.add
      (i32.const 67452928)
      (i32.shl
       (local.get $115)
       (i32.const 5)
      )
     )
    )
    (local.set $140
     (i32.add
      (i32.const 76126016)
      (i32.shl
       (local.get $115)
       (i32.const 2)
      )
     )
    )
    (local.set $123
     (local.get $139)
    )
    (local.set $128
     (local.get $139)
    )
    (local.set $129
     (local.get $139)
    )
    (local.set $130
     (local.get $139)
    )
    (block $exit382
     (local.set $116
      (local.get $113)
     )
     (local.set $141
      (i32.sub
       (local.get $114)
       (i32.const 15)
      )
     )
     (br_if $exit382
      (i32.ge_s
       (local.get $116)
       (local.get $141)
      )
     )
     (loop $loop383
      (local.set $132
       (v128.load align=4
        (i32.add
         (local.get $131)
         (i32.shl
          (local.get $116)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $123
       (f32x4.add
        (local.get $123)
        (local.get $132)
       )
      )
      (local.set $133
       (v128.load offset=16 align=4
        (i32.add
         (local.get $131)
         (i32.shl
          (local.get $116)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $128
       (f32x4.add
        (local.get $128)
        (local.get $133)
       )
      )
      (local.set $134
       (v128.load offset=32 align=4
        (i32.add
         (local.get $131)
         (i32.shl
          (local.get $116)
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
       (v128.load offset=48 align=4
        (i32.add
         (local.get $131)
         (i32.shl
          (local.get $116)
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
      (local.set $116
       (i32.add
        (local.get $116)
        (i32.const 16)
       )
      )
      (br_if $loop383
       (i32.lt_s
        (local.get $116)
        (local.get $141)
       )
      )
     )
    )
    (block $exit384
     (local.set $116
      (local.get $116)
     )
     (local.set $142
      (i32.sub
       (local.get $114)
       (i32.const 3)
      )
     )
     (br_if $exit384
      (i32.ge_s
       (local.get $116)
       (local.get $142)
      )
     )
     (loop $loop385
      (local.set $136
       (v128.load align=4
        (i32.add
         (local.get $131)
         (i32.shl
          (local.get $116)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $123
       (f32x4.add
        (local.get $123)
        (local.get $136)
       )
      )
      (local.set $116
       (i32.add
        (local.get $116)
        (i32.const 4)
       )
      )
      (br_if $loop385
       (i32.lt_s
        (local.get $116)
        (local.get $142)
       )
      )
     )
    )
    (if
     (i32.lt_s
      (local.get $116)
      (local.get $114)
     )
     (then
      (local.set $122
       (i32.sub
        (local.get $114)
        (local.get $116)
       )
      )
      (local.set $117
       (select
        (i32.add
         (local.get $116)
         (i32.const 0)
        )
        (i32.sub
         (local.get $114)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $116)
          (i32.const 0)
         )
         (local.get $114)
        )
       )
      )
      (local.set $118
       (select
        (i32.add
         (local.get $116)
         (i32.const 1)
        )
        (i32.sub
         (local.get $114)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $116)
          (i32.const 1)
         )
         (local.get $114)
        )
       )
      )
      (local.set $119
       (select
        (i32.add
         (local.get $116)
         (i32.const 2)
        )
        (i32.sub
         (local.get $114)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $116)
          (i32.const 2)
         )
         (local.get $114)
        )
       )
      )
      (local.set $120
       (select
        (i32.add
         (local.get $116)
         (i32.const 3)
        )
        (i32.sub
         (local.get $114)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $116)
          (i32.const 3)
         )
         (local.get $114)
        )
       )
      )
      (local.set $138
       (v128.load32_lane 3
        (i32.add
         (local.get $131)
         (i32.shl
          (local.get $120)
          (i32.const 2)
         )
        )
        (v128.load32_lane 2
         (i32.add
          (local.get $131)
          (i32.shl
           (local.get $119)
           (i32.const 2)
          )
         )
         (v128.load32_lane 1
          (i32.add
           (local.get $131)
           (i32.shl
            (local.get $118)
            (i32.const 2)
           )
          )
          (v128.load32_lane 0
           (i32.add
            (local.get $131)
            (i32.shl
             (local.get $117)
             (i32.const 2)
            )
           )
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
         )
        )
       )
      )
      (local.set $123
       (f32x4.add
        (local.get $123)
        (v128.bitselect
         (local.get $138)
         (local.get $139)
         (i32x4.lt_s
          (local.get $137)
          (i32x4.splat
           (local.get $122)
          )
         )
        )
       )
      )
     )
    )
    (local.set $123
     (f32x4.add
      (local.get $123)
      (local.get $128)
     )
    )
    (local.set $129
     (f32x4.add
      (local.get $129)
      (local.get $130)
     )
    )
    (local.set $123
     (f32x4.add
      (local.get $123)
      (local.get $129)
     )
    )
    (local.set $123
     (f32x4.add
      (local.get $123)
      (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
       (local.get $123)
       (local.get $123)
      )
     )
    )
    (local.set $123
     (f32x4.add
      (local.get $123)
      (i8x16.shuffle 4 5 6 7 0 1 2 3 12 13 14 15 8 9 10 11
       (local.get $123)
       (local.get $123)
      )
     )
    )
    (f32.store
     (local.get $140)
     (f32x4.extract_lane 0
      (local.get $123)
     )
    )
    (local.set $151
     (local.get $6)
    )
    (local.set $145
     (local.get $151)
    )
    (local.set $158
     (i32.add
      (i32.const 67452928)
      (i32.shl
       (local.get $145)
       (i32.const 5)
      )
     )
    )
    (local.set $160
     (i32.add
      (i32.const 76126016)
      (i32.shl
       (local.get $145)
       (i32.const 2)
      )
     )
    )
    (local.set $161
     (v128.load32_splat
      (local.get $160)
     )
    )
    (local.set $163
     (i32.add
      (i32.const 67457536)
      (i32.shl
       (local.get $145)
       (i32.const 5)
      )
     )
    )
    (block $exit386
     (local.set $146
      (local.get $143)
     )
     (local.set $167
      (i32.sub
       (local.get $144)
       (i32.const 3)
      )
     )
     (br_if $exit386
      (i32.ge_s
       (local.get $146)
       (local.get $167)
      )
     )
     (loop $loop387
      (local.set $159
       (v128.load align=4
        (i32.add
         (local.get $158)
         (i32.shl
          (local.get $146)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $162
       (f32x4.div
        (local.get $159)
        (local.get $161)
       )
      )
      (v128.store align=4
       (i32.add
        (local.get $163)
        (i32.shl
         (local.get $146)
         (i32.const 2)
        )
       )
       (local.get $162)
      )
      (local.set $146
       (i32.add
        (local.get $146)
        (i32.const 4)
       )
      )
      (br_if $loop387
       (i32.lt_s
        (local.get $146)
        (local.get $167)
       )
      )
     )
    )
    (if
     (i32.lt_s
      (local.get $146)
      (local.get $144)
     )
     (then
      (local.set $152
       (i32.sub
        (local.get $144)
        (local.get $146)
       )
      )
      (local.set $147
       (select
        (i32.add
         (local.get $146)
         (i32.const 0)
        )
        (i32.sub
         (local.get $144)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $146)
          (i32.const 0)
         )
         (local.get $144)
        )
       )
      )
      (local.set $148
       (select
        (i32.add
         (local.get $146)
         (i32.const 1)
        )
        (i32.sub
         (local.get $144)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $146)
          (i32.const 1)
         )
         (local.get $144)
        )
       )
      )
      (local.set $149
       (select
        (i32.add
         (local.get $146)
         (i32.const 2)
        )
        (i32.sub
         (local.get $144)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $146)
          (i32.const 2)
         )
         (local.get $144)
        )
       )
      )
      (local.set $150
       (select
        (i32.add
         (local.get $146)
         (i32.const 3)
        )
        (i32.sub
         (local.get $144)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $146)
          (i32.const 3)
         )
         (local.get $144)
        )
       )
      )
      (local.set $164
       (v128.load32_lane 3
        (i32.add
         (local.get $158)
         (i32.shl
          (local.get $150)
          (i32.const 2)
         )
        )
        (v128.load32_lane 2
         (i32.add
          (local.get $158)
          (i32.shl
           (local.get $149)
           (i32.const 2)
          )
         )
         (v128.load32_lane 1
          (i32.add
           (local.get $158)
           (i32.shl
            (local.get $148)
            (i32.const 2)
           )
          )
          (v128.load32_lane 0
           (i32.add
            (local.get $158)
            (i32.shl
             (local.get $147)
             (i32.const 2)
            )
           )
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
         )
        )
       )
      )
      (local.set $165
       (f32x4.div
        (local.get $164)
        (local.get $161)
       )
      )
      (local.set $166
       (local.get $165)
      )
      (v128.store32_lane 0
       (i32.add
        (local.get $163)
        (i32.shl
         (i32.add
          (local.get $146)
          (i32.const 0)
         )
         (i32.const 2)
        )
       )
       (local.get $166)
      )
      (if
       (i32.lt_s
        (i32.const 1)
        (local.get $152)
       )
       (then
        (v128.store32_lane 1
         (i32.add
          (local.get $163)
          (i32.shl
           (i32.add
            (local.get $146)
            (i32.const 1)
           )
           (i32.const 2)
          )
         )
         (local.get $166)
        )
       )
      )
      (if
       (i32.lt_s
        (i32.const 2)
        (local.get $152)
       )
       (then
        (v128.store32_lane 2
         (i32.add
          (local.get $163)
          (i32.shl
           (i32.add
            (local.get $146)
            (i32.const 2)
           )
           (i32.const 2)
          )
         )
         (local.get $166)
        )
       )
      )
      (if
       (i32.lt_s
        (i32.const 3)
        (local.get $152)
       )
       (then
        (v128.store32_lane 3
         (i32.add
          (local.get $163)
          (i32.shl
           (i32.add
            (local.get $146)
            (i32.const 3)
           )
           (i32.const 2)
          )
         )
         (local.get $166)
        )
       )
      )
     )
    )
    (local.set $177
     (local.get $6)
    )
    (local.set $170
     (local.get $177)
    )
    (local.set $184
     (i32.add
      (i32.const 67457536)
      (i32.shl
       (local.get $170)
       (i32.const 5)
      )
     )
    )
    (local.set $206
     (i32.add
      (i32.const 76126528)
      (i32.shl
       (local.get $170)
       (i32.const 5)
      )
     )
    )
    (block $exit392
     (local.set $171
      (local.get $168)
     )
     (local.set $226
      (i32.sub
       (local.get $169)
       (i32.const 3)
      )
     )
     (br_if $exit392
      (i32.ge_s
       (local.get $171)
       (local.get $226)
      )
     )
     (loop $loop393
      (local.set $187
       (v128.load align=4
        (i32.add
         (local.get $184)
         (i32.shl
          (local.get $171)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $191
       (f32x4.convert_i32x4_s
        (i32x4.add
         (i32x4.splat
          (local.get $171)
         )
         (local.get $190)
        )
       )
      )
      (local.set $194
       (f32x4.ne
        (local.get $187)
        (local.get $187)
       )
      )
      (local.set $200
       (f32x4.eq
        (local.get $187)
        (local.get $187)
       )
      )
      (local.set $179
       (local.get $204)
      )
      (block $exit388
       (local.set $172
        (i32.const 0)
       )
       (local.set $205
        (i32.const 8)
       )
       (br_if $exit388
        (i32.ge_s
         (local.get $172)
         (local.get $205)
        )
       )
       (loop $loop389
        (local.set $185
         (i32.add
          (local.get $184)
          (i32.shl
           (local.get $172)
           (i32.const 2)
          )
         )
        )
        (local.set $186
         (v128.load32_splat
          (local.get $185)
         )
        )
        (local.set $188
         (f32x4.gt
          (local.get $186)
          (local.get $187)
         )
        )
        (local.set $189
         (f32x4.splat
          (f32.convert_i32_s
           (local.get $172)
          )
         )
        )
        (local.set $192
         (f32x4.lt
          (local.get $189)
          (local.get $191)
         )
        )
        (local.set $193
         (f32x4.eq
          (local.get $187)
          (local.get $186)
         )
        )
        (local.set $195
         (f32x4.ne
          (local.get $186)
          (local.get $186)
         )
        )
        (local.set $196
         (v128.and
          (local.get $194)
          (local.get $195)
         )
        )
        (local.set $197
         (v128.or
          (local.get $193)
          (local.get $196)
         )
        )
        (local.set $198
         (v128.and
          (local.get $192)
          (local.get $197)
         )
        )
        (local.set $199
         (v128.or
          (local.get $188)
          (local.get $198)
         )
        )
        (local.set $201
         (v128.and
          (local.get $200)
          (local.get $195)
         )
        )
        (local.set $202
         (v128.or
          (local.get $199)
          (local.get $201)
         )
        )
        (local.set $179
         (f32x4.add
          (local.get $179)
          (v128.and
           (local.get $202)
           (local.get $203)
          )
         )
        )
        (local.set $172
         (i32.add
          (local.get $172)
          (i32.const 1)
         )
        )
        (br_if $loop389
         (i32.lt_s
          (local.get $172)
          (local.get $205)
         )
        )
       )
      )
      (v128.store align=4
       (i32.add
        (local.get $206)
        (i32.shl
         (local.get $171)
         (i32.const 2)
        )
       )
       (local.get $179)
      )
      (local.set $171
       (i32.add
        (local.get $171)
        (i32.const 4)
       )
      )
      (br_if $loop393
       (i32.lt_s
        (local.get $171)
        (local.get $226)
       )
      )
     )
    )
    (if
     (i32.lt_s
      (local.get $171)
      (local.get $169)
     )
     (then
      (local.set $178
       (i32.sub
        (local.get $169)
        (local.get $171)
       )
      )
      (local.set $173
       (select
        (i32.add
         (local.get $171)
         (i32.const 0)
        )
        (i32.sub
         (local.get $169)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $171)
          (i32.const 0)
         )
         (local.get $169)
        )
       )
      )
      (local.set $174
       (select
        (i32.add
         (local.get $171)
         (i32.const 1)
        )
        (i32.sub
         (local.get $169)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $171)
          (i32.const 1)
         )
         (local.get $169)
        )
       )
      )
      (local.set $175
       (select
        (i32.add
         (local.get $171)
         (i32.const 2)
        )
        (i32.sub
         (local.get $169)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $171)
          (i32.const 2)
         )
         (local.get $169)
        )
       )
      )
      (local.set $176
       (select
        (i32.add
         (local.get $171)
         (i32.const 3)
        )
        (i32.sub
         (local.get $169)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $171)
          (i32.const 3)
         )
         (local.get $169)
        )
       )
      )
      (local.set $209
       (v128.load32_lane 3
        (i32.add
         (local.get $184)
         (i32.shl
          (local.get $176)
          (i32.const 2)
         )
        )
        (v128.load32_lane 2
         (i32.add
          (local.get $184)
          (i32.shl
           (local.get $175)
           (i32.const 2)
          )
         )
         (v128.load32_lane 1
          (i32.add
           (local.get $184)
           (i32.shl
            (local.get $174)
            (i32.const 2)
           )
          )
          (v128.load32_lane 0
           (i32.add
            (local.get $184)
            (i32.shl
             (local.get $173)
             (i32.const 2)
            )
           )
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
         )
        )
       )
      )
      (local.set $212
       (f32x4.convert_i32x4_s
        (i32x4.replace_lane 3
         (i32x4.replace_lane 2
          (i32x4.replace_lane 1
           (i32x4.splat
            (local.get $173)
           )
           (local.get $174)
          )
          (local.get $175)
         )
         (local.get $176)
        )
       )
      )
      (local.set $215
       (f32x4.ne
        (local.get $209)
        (local.get $209)
       )
      )
      (local.set $221
       (f32x4.eq
        (local.get $209)
        (local.get $209)
       )
      )
      (local.set $179
       (local.get $204)
      )
      (block $exit390
       (local.set $172
        (i32.const 0)
       )
       (local.set $224
        (i32.const 8)
       )
       (br_if $exit390
        (i32.ge_s
         (local.get $172)
         (local.get $224)
        )
       )
       (loop $loop391
        (local.set $207
         (i32.add
          (local.get $184)
          (i32.shl
           (local.get $172)
           (i32.const 2)
          )
         )
        )
        (local.set $208
         (v128.load32_splat
          (local.get $207)
         )
        )
        (local.set $210
         (f32x4.gt
          (local.get $208)
          (local.get $209)
         )
        )
        (local.set $211
         (f32x4.splat
          (f32.convert_i32_s
           (local.get $172)
          )
         )
        )
        (local.set $213
         (f32x4.lt
          (local.get $211)
          (local.get $212)
         )
        )
        (local.set $214
         (f32x4.eq
          (local.get $209)
          (local.get $208)
         )
        )
        (local.set $216
         (f32x4.ne
          (local.get $208)
          (local.get $208)
         )
        )
        (local.set $217
         (v128.and
          (local.get $215)
          (local.get $216)
         )
        )
        (local.set $218
         (v128.or
          (local.get $214)
          (local.get $217)
         )
        )
        (local.set $219
         (v128.and
          (local.get $213)
          (local.get $218)
         )
        )
        (local.set $220
         (v128.or
          (local.get $210)
          (local.get $219)
         )
        )
        (local.set $222
         (v128.and
          (local.get $221)
          (local.get $216)
         )
        )
        (local.set $223
         (v128.or
          (local.get $220)
          (local.get $222)
         )
        )
        (local.set $179
         (f32x4.add
          (local.get $179)
          (v128.and
           (local.get $223)
           (local.get $203)
          )
         )
        )
        (local.set $172
         (i32.add
          (local.get $172)
          (i32.const 1)
         )
        )
        (br_if $loop391
         (i32.lt_s
          (local.get $172)
          (local.get $224)
         )
        )
       )
      )
      (local.set $225
       (local.get $179)
      )
      (v128.store32_lane 0
       (i32.add
        (local.get $206)
        (i32.shl
         (i32.add
          (local.get $171)
          (i32.const 0)
         )
         (i32.const 2)
        )
       )
       (local.get $225)
      )
      (if
       (i32.lt_s
        (i32.const 1)
        (local.get $178)
       )
       (then
        (v128.store32_lane 1
         (i32.add
          (local.get $206)
          (i32.shl
           (i32.add
            (local.get $171)
            (i32.const 1)
           )
           (i32.const 2)
          )
         )
         (local.get $225)
        )
       )
      )
      (if
       (i32.lt_s
        (i32.const 2)
        (local.get $178)
       )
       (then
        (v128.store32_lane 2
         (i32.add
          (local.get $206)
          (i32.shl
           (i32.add
            (local.get $171)
            (i32.const 2)
           )
           (i32.const 2)
          )
         )
         (local.get $225)
        )
       )
      )
      (if
       (i32.lt_s
        (i32.const 3)
        (local.get $178)
       )
       (then
        (v128.store32_lane 3
         (i32.add
          (local.get $206)
          (i32.shl
           (i32.add
            (local.get $171)
            (i32.const 3)
           )
           (i32.const 2)
          )
         )
         (local.get $225)
        )
       )
      )
     )
    )
    (local.set $235
     (local.get $6)
    )
    (local.set $229
     (local.get $235)
    )
    (local.set $242
     (i32.add
      (i32.const 76126528)
      (i32.shl
       (local.get $229)
       (i32.const 5)
      )
     )
    )
    (local.set $246
     (i32.add
      (i32.const 67457536)
      (i32.shl
       (local.get $229)
       (i32.const 5)
      )
     )
    )
    (local.set $250
     (i32.add
      (i32.const 67461632)
      (i32.shl
       (local.get $229)
       (i32.const 5)
      )
     )
    )
    (block $exit394
     (local.set $230
      (local.get $227)
     )
     (local.set $256
      (i32.sub
       (local.get $228)
       (i32.const 3)
      )
     )
     (br_if $exit394
      (i32.ge_s
       (local.get $230)
       (local.get $256)
      )
     )
     (loop $loop395
      (local.set $243
       (v128.load align=4
        (i32.add
         (local.get $242)
         (i32.shl
          (local.get $230)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $245
       (f32x4.lt
        (local.get $243)
        (local.get $244)
       )
      )
      (local.set $247
       (v128.load align=4
        (i32.add
         (local.get $246)
         (i32.shl
          (local.get $230)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $249
       (v128.bitselect
        (local.get $247)
        (local.get $248)
        (local.get $245)
       )
      )
      (v128.store align=4
       (i32.add
        (local.get $250)
        (i32.shl
         (local.get $230)
         (i32.const 2)
        )
       )
       (local.get $249)
      )
      (local.set $230
       (i32.add
        (local.get $230)
        (i32.const 4)
       )
      )
      (br_if $loop395
       (i32.lt_s
        (local.get $230)
        (local.get $256)
       )
      )
     )
    )
    (if
     (i32.lt_s
      (local.get $230)
      (local.get $228)
     )
     (then
      (local.set $236
       (i32.sub
        (local.get $228)
        (local.get $230)
       )
      )
      (local.set $231
       (select
        (i32.add
         (local.get $230)
         (i32.const 0)
        )
        (i32.sub
         (local.get $228)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $230)
          (i32.const 0)
         )
         (local.get $228)
        )
       )
      )
      (local.set $232
       (select
        (i32.add
         (local.get $230)
         (i32.const 1)
        )
        (i32.sub
         (local.get $228)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $230)
          (i32.const 1)
         )
         (local.get $228)
        )
       )
      )
      (local.set $233
       (select
        (i32.add
         (local.get $230)
         (i32.const 2)
        )
        (i32.sub
         (local.get $228)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $230)
          (i32.const 2)
         )
         (local.get $228)
        )
       )
      )
      (local.set $234
       (select
        (i32.add
         (local.get $230)
         (i32.const 3)
        )
        (i32.sub
         (local.get $228)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $230)
          (i32.const 3)
         )
         (local.get $228)
        )
       )
      )
      (local.set $251
       (v128.load32_lane 3
        (i32.add
         (local.get $242)
         (i32.shl
          (local.get $234)
          (i32.const 2)
         )
        )
        (v128.load32_lane 2
         (i32.add
          (local.get $242)
          (i32.shl
           (local.get $233)
           (i32.const 2)
          )
         )
         (v128.load32_lane 1
          (i32.add
           (local.get $242)
           (i32.shl
            (local.get $232)
            (i32.const 2)
           )
          )
          (v128.load32_lane 0
           (i32.add
            (local.get $242)
            (i32.shl
             (local.get $231)
             (i32.const 2)
            )
           )
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
         )
        )
       )
      )
      (local.set $252
       (f32x4.lt
        (local.get $251)
        (local.get $244)
       )
      )
      (local.set $253
       (v128.load32_lane 3
        (i32.add
         (local.get $246)
         (i32.shl
          (local.get $234)
          (i32.const 2)
         )
        )
        (v128.load32_lane 2
         (i32.add
          (local.get $246)
          (i32.shl
           (local.get $233)
           (i32.const 2)
          )
         )
         (v128.load32_lane 1
          (i32.add
           (local.get $246)
           (i32.shl
            (local.get $232)
            (i32.const 2)
           )
          )
          (v128.load32_lane 0
           (i32.add
            (local.get $246)
            (i32.shl
             (local.get $231)
             (i32.const 2)
            )
           )
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
         )
        )
       )
      )
      (local.set $254
       (v128.bitselect
        (local.get $253)
        (local.get $248)
        (local.get $252)
       )
      )
      (local.set $255
       (local.get $254)
      )
      (v128.store32_lane 0
       (i32.add
        (local.get $250)
        (i32.shl
         (i32.add
          (local.get $230)
          (i32.const 0)
         )
         (i32.const 2)
        )
       )
       (local.get $255)
      )
      (if
       (i32.lt_s
        (i32.const 1)
        (local.get $236)
       )
       (then
        (v128.store32_lane 1
         (i32.add
          (local.get $250)
          (i32.shl
           (i32.add
            (local.get $230)
            (i32.const 1)
           )
           (i32.const 2)
          )
         )
         (local.get $255)
        )
       )
      )
      (if
       (i32.lt_s
        (i32.const 2)
        (local.get $236)
       )
       (then
        (v128.store32_lane 2
         (i32.add
          (local.get $250)
          (i32.shl
           (i32.add
            (local.get $230)
            (i32.const 2)
           )
           (i32.const 2)
          )
         )
         (local.get $255)
        )
       )
      )
      (if
       (i32.lt_s
        (i32.const 3)
        (local.get $236)
       )
       (then
        (v128.store32_lane 3
         (i32.add
          (local.get $250)
          (i32.shl
           (i32.add
            (local.get $230)
            (i32.const 3)
           )
           (i32.const 2)
          )
         )
         (local.get $255)
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
    (br_if $loop397
     (i32.lt_s
      (local.get $6)
      (local.get $257)
     )
    )
   )
  )
  (i32.store
   (i32.const 76363648)
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
  (block $exit398
   (local.set $2
    (local.get $0)
   )
   (local.set $4
    (local.get $3)
   )
   (br_if $exit398
    (i32.ge_s
     (local.get $2)
     (local.get $4)
    )
   )
   (loop $loop399
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
    (br_if $loop399
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
  (block $exit400
   (local.set $5
    (i32.const 0)
   )
   (local.set $7
    (local.get $1)
   )
   (br_if $exit400
    (i32.ge_s
     (local.get $5)
     (local.get $7)
    )
   )
   (loop $loop401
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
    (br_if $loop401
     (i32.lt_s
      (local.get $5)
      (local.get $7)
     )
    )
   )
  )
 )
 (func $group1_task (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32)
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
  (local $21 i32)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  (local $25 v128)
  (local $26 v128)
  (local $27 i32)
  (local $28 v128)
  (local $29 v128)
  (local $30 v128)
  (local $31 v128)
  (local $32 i32)
  (local $33 i32)
  (local.set $23
   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
  )
  (local.set $25
   (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
  )
  (block $exit404
   (local.set $6
    (local.get $0)
   )
   (local.set $33
    (local.get $1)
   )
   (br_if $exit404
    (i32.ge_s
     (local.get $6)
     (local.get $33)
    )
   )
   (loop $loop405
    (local.set $14
     (local.get $6)
    )
    (local.set $8
     (local.get $14)
    )
    (local.set $21
     (i32.add
      (i32.const 67461632)
      (i32.shl
       (local.get $8)
       (i32.const 5)
      )
     )
    )
    (local.set $27
     (i32.add
      (i32.const 67465728)
      (i32.shl
       (local.get $8)
       (i32.const 5)
      )
     )
    )
    (block $exit402
     (local.set $9
      (local.get $2)
     )
     (local.set $32
      (i32.sub
       (local.get $3)
       (i32.const 3)
      )
     )
     (br_if $exit402
      (i32.ge_s
       (local.get $9)
       (local.get $32)
      )
     )
     (loop $loop403
      (local.set $22
       (v128.load align=4
        (i32.add
         (local.get $21)
         (i32.shl
          (local.get $9)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $24
       (f32x4.ne
        (local.get $22)
        (local.get $23)
       )
      )
      (local.set $26
       (v128.bitselect
        (local.get $25)
        (local.get $23)
        (local.get $24)
       )
      )
      (v128.store align=4
       (i32.add
        (local.get $27)
        (i32.shl
         (local.get $9)
         (i32.const 2)
        )
       )
       (local.get $26)
      )
      (local.set $9
       (i32.add
        (local.get $9)
        (i32.const 4)
       )
      )
      (br_if $loop403
       (i32.lt_s
        (local.get $9)
        (local.get $32)
       )
      )
     )
    )
    (if
     (i32.lt_s
      (local.get $9)
      (local.get $3)
     )
     (then
      (local.set $15
       (i32.sub
        (local.get $3)
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
         (local.get $3)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $9)
          (i32.const 0)
         )
         (local.get $3)
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
         (local.get $3)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $9)
          (i32.const 1)
         )
         (local.get $3)
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
         (local.get $3)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $9)
          (i32.const 2)
         )
         (local.get $3)
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
         (local.get $3)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $9)
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
          (local.get $13)
          (i32.const 2)
         )
        )
        (v128.load32_lane 2
         (i32.add
          (local.get $21)
          (i32.shl
           (local.get $12)
           (i32.const 2)
          )
         )
         (v128.load32_lane 1
          (i32.add
           (local.get $21)
           (i32.shl
            (local.get $11)
            (i32.const 2)
           )
          )
          (v128.load32_lane 0
           (i32.add
            (local.get $21)
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
      (local.set $29
       (f32x4.ne
        (local.get $28)
        (local.get $23)
       )
      )
      (local.set $30
       (v128.bitselect
        (local.get $25)
        (local.get $23)
        (local.get $29)
       )
      )
      (local.set $31
       (local.get $30)
      )
      (v128.store32_lane 0
       (i32.add
        (local.get $27)
        (i32.shl
         (i32.add
          (local.get $9)
          (i32.const 0)
         )
         (i32.const 2)
        )
       )
       (local.get $31)
      )
      (if
       (i32.lt_s
        (i32.const 1)
        (local.get $15)
       )
       (then
        (v128.store32_lane 1
         (i32.add
          (local.get $27)
          (i32.shl
           (i32.add
            (local.get $9)
            (i32.const 1)
           )
           (i32.const 2)
          )
         )
         (local.get $31)
        )
       )
      )
      (if
       (i32.lt_s
        (i32.const 2)
        (local.get $15)
       )
       (then
        (v128.store32_lane 2
         (i32.add
          (local.get $27)
          (i32.shl
           (i32.add
            (local.get $9)
            (i32.const 2)
           )
           (i32.const 2)
          )
         )
         (local.get $31)
        )
       )
      )
      (if
       (i32.lt_s
        (i32.const 3)
        (local.get $15)
       )
       (then
        (v128.store32_lane 3
         (i32.add
          (local.get $27)
          (i32.shl
           (i32.add
            (local.get $9)
            (i32.const 3)
           )
           (i32.const 2)
          )
         )
         (local.get $31)
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
    (br_if $loop405
     (i32.lt_s
      (local.get $6)
      (local.get $33)
     )
    )
   )
  )
  (i32.store
   (i32.const 76363648)
   (local.get $7)
  )
 )
 (func $group1 (param $0 i32) (param $1 i32)
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
  (block $exit406
   (local.set $2
    (local.get $0)
   )
   (local.set $4
    (local.get $3)
   )
   (br_if $exit406
    (i32.ge_s
     (local.get $2)
     (local.get $4)
    )
   )
   (loop $loop407
    (call $group1_task
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
    (br_if $loop407
     (i32.lt_s
      (local.get $2)
      (local.get $4)
     )
    )
   )
  )
 )
 (func $group1_claim (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (block $exit408
   (local.set $5
    (i32.const 0)
   )
   (local.set $7
    (local.get $1)
   )
   (br_if $exit408
    (i32.ge_s
     (local.get $5)
     (local.get $7)
    )
   )
   (loop $loop409
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
      (call $group1
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
    (br_if $loop409
     (i32.lt_s
      (local.get $5)
      (local.get $7)
     )
    )
   )
  )
 )
 (func $h_czero_task (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32)
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
  (local $17 v128)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 v128)
  (local $24 v128)
  (local $25 i32)
  (local $26 i32)
  (local.set $23
   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
  )
  (block $exit412
   (local.set $6
    (local.get $0)
   )
   (local.set $26
    (local.get $1)
   )
   (br_if $exit412
    (i32.ge_s
     (local.get $6)
     (local.get $26)
    )
   )
   (loop $loop413
    (local.set $15
     (local.get $6)
    )
    (local.set $9
     (i32.rem_u
      (local.get $15)
      (i32.const 128)
     )
    )
    (local.set $15
     (i32.div_u
      (local.get $15)
      (i32.const 128)
     )
    )
    (local.set $8
     (local.get $15)
    )
    (local.set $22
     (i32.add
      (i32.add
       (i32.const 67469824)
       (i32.shl
        (local.get $8)
        (i32.const 20)
       )
      )
      (i32.shl
       (local.get $9)
       (i32.const 13)
      )
     )
    )
    (block $exit410
     (local.set $10
      (local.get $2)
     )
     (local.set $25
      (i32.sub
       (local.get $3)
       (i32.const 3)
      )
     )
     (br_if $exit410
      (i32.ge_s
       (local.get $10)
       (local.get $25)
      )
     )
     (loop $loop411
      (v128.store align=4
       (i32.add
        (local.get $22)
        (i32.shl
         (local.get $10)
         (i32.const 2)
        )
       )
       (local.get $23)
      )
      (local.set $10
       (i32.add
        (local.get $10)
        (i32.const 4)
       )
      )
      (br_if $loop411
       (i32.lt_s
        (local.get $10)
        (local.get $25)
       )
      )
     )
    )
    (if
     (i32.lt_s
      (local.get $10)
      (local.get $3)
     )
     (then
      (local.set $16
       (i32.sub
        (local.get $3)
        (local.get $10)
       )
      )
      (local.set $11
       (select
        (i32.add
         (local.get $10)
         (i32.const 0)
        )
        (i32.sub
         (local.get $3)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $10)
          (i32.const 0)
         )
         (local.get $3)
        )
       )
      )
      (local.set $12
       (select
        (i32.add
         (local.get $10)
         (i32.const 1)
        )
        (i32.sub
         (local.get $3)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $10)
          (i32.const 1)
         )
         (local.get $3)
        )
       )
      )
      (local.set $13
       (select
        (i32.add
         (local.get $10)
         (i32.const 2)
        )
        (i32.sub
         (local.get $3)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $10)
          (i32.const 2)
         )
         (local.get $3)
        )
       )
      )
      (local.set $14
       (select
        (i32.add
         (local.get $10)
         (i32.const 3)
        )
        (i32.sub
         (local.get $3)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $10)
          (i32.const 3)
         )
         (local.get $3)
        )
       )
      )
      (local.set $24
       (local.get $23)
      )
      (v128.store32_lane 0
       (i32.add
        (local.get $22)
        (i32.shl
         (i32.add
          (local.get $10)
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
        (local.get $16)
       )
       (then
        (v128.store32_lane 1
         (i32.add
          (local.get $22)
          (i32.shl
           (i32.add
            (local.get $10)
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
        (local.get $16)
       )
       (then
        (v128.store32_lane 2
         (i32.add
          (local.get $22)
          (i32.shl
           (i32.add
            (local.get $10)
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
        (local.get $16)
       )
       (then
        (v128.store32_lane 3
         (i32.add
          (local.get $22)
          (i32.shl
           (i32.add
            (local.get $10)
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
    (local.set $6
     (i32.add
      (local.get $6)
      (i32.const 1)
     )
    )
    (br_if $loop413
     (i32.lt_s
      (local.get $6)
      (local.get $26)
     )
    )
   )
  )
  (i32.store
   (i32.const 76363648)
   (local.get $7)
  )
 )
 (func $h_czero (param $0 i32) (param $1 i32)
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
  (block $exit414
   (local.set $2
    (local.get $0)
   )
   (local.set $4
    (local.get $3)
   )
   (br_if $exit414
    (i32.ge_s
     (local.get $2)
     (local.get $4)
    )
   )
   (loop $loop415
    (call $h_czero_task
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
    (br_if $loop415
     (i32.lt_s
      (local.get $2)
      (local.get $4)
     )
    )
   )
  )
 )
 (func $h_czero_claim (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (block $exit416
   (local.set $5
    (i32.const 0)
   )
   (local.set $7
    (local.get $1)
   )
   (br_if $exit416
    (i32.ge_s
     (local.get $5)
     (local.get $7)
    )
   )
   (loop $loop417
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
      (call $h_czero
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
    (br_if $loop417
     (i32.lt_s
      (local.get $5)
      (local.get $7)
     )
    )
   )
  )
 )
 (func $h_epilogue_pit_task (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32)
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
  (local $17 v128)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
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
  (local.set $26
   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
  )
  (block $exit420
   (local.set $6
    (local.get $0)
   )
   (local.set $34
    (local.get $1)
   )
   (br_if $exit420
    (i32.ge_s
     (local.get $6)
     (local.get $34)
    )
   )
   (loop $loop421
    (local.set $15
     (local.get $6)
    )
    (local.set $9
     (i32.rem_u
      (local.get $15)
      (i32.const 128)
     )
    )
    (local.set $15
     (i32.div_u
      (local.get $15)
      (i32.const 128)
     )
    )
    (local.set $8
     (local.get $15)
    )
    (local.set $22
     (i32.add
      (i32.add
       (i32.const 67465728)
       (i32.shl
        (local.get $9)
        (i32.const 5)
       )
      )
      (i32.shl
       (local.get $8)
       (i32.const 2)
      )
     )
    )
    (local.set $23
     (v128.load32_splat
      (local.get $22)
     )
    )
    (local.set $24
     (i32.add
      (i32.add
       (i32.const 67469824)
       (i32.shl
        (local.get $8)
        (i32.const 20)
       )
      )
      (i32.shl
       (local.get $9)
       (i32.const 13)
      )
     )
    )
    (block $exit418
     (local.set $10
      (local.get $2)
     )
     (local.set $33
      (i32.sub
       (local.get $3)
       (i32.const 3)
      )
     )
     (br_if $exit418
      (i32.ge_s
       (local.get $10)
       (local.get $33)
      )
     )
     (loop $loop419
      (local.set $25
       (v128.load align=4
        (i32.add
         (local.get $24)
         (i32.shl
          (local.get $10)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $27
       (f32x4.pmax
        (local.get $25)
        (local.get $26)
       )
      )
      (local.set $28
       (f32x4.mul
        (local.get $23)
        (local.get $27)
       )
      )
      (v128.store align=4
       (i32.add
        (local.get $24)
        (i32.shl
         (local.get $10)
         (i32.const 2)
        )
       )
       (local.get $28)
      )
      (local.set $10
       (i32.add
        (local.get $10)
        (i32.const 4)
       )
      )
      (br_if $loop419
       (i32.lt_s
        (local.get $10)
        (local.get $33)
       )
      )
     )
    )
    (if
     (i32.lt_s
      (local.get $10)
      (local.get $3)
     )
     (then
      (local.set $16
       (i32.sub
        (local.get $3)
        (local.get $10)
       )
      )
      (local.set $11
       (select
        (i32.add
         (local.get $10)
         (i32.const 0)
        )
        (i32.sub
         (local.get $3)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $10)
          (i32.const 0)
         )
         (local.get $3)
        )
       )
      )
      (local.set $12
       (select
        (i32.add
         (local.get $10)
         (i32.const 1)
        )
        (i32.sub
         (local.get $3)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $10)
          (i32.const 1)
         )
         (local.get $3)
        )
       )
      )
      (local.set $13
       (select
        (i32.add
         (local.get $10)
         (i32.const 2)
        )
        (i32.sub
         (local.get $3)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $10)
          (i32.const 2)
         )
         (local.get $3)
        )
       )
      )
      (local.set $14
       (select
        (i32.add
         (local.get $10)
         (i32.const 3)
        )
        (i32.sub
         (local.get $3)
         (i32.const 1)
        )
        (i32.lt_s
         (i32.add
          (local.get $10)
          (i32.const 3)
         )
         (local.get $3)
        )
       )
      )
      (local.set $29
       (v128.load32_lane 3
        (i32.add
         (local.get $24)
         (i32.shl
          (local.get $14)
          (i32.const 2)
         )
        )
        (v128.load32_lane 2
         (i32.add
          (local.get $24)
          (i32.shl
           (local.get $13)
           (i32.const 2)
          )
         )
         (v128.load32_lane 1
          (i32.add
           (local.get $24)
           (i32.shl
            (local.get $12)
            (i32.const 2)
           )
          )
          (v128.load32_lane 0
           (i32.add
            (local.get $24)
            (i32.shl
             (local.get $11)
             (i32.const 2)
            )
           )
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
         )
        )
       )
      )
      (local.set $30
       (f32x4.pmax
        (local.get $29)
        (local.get $26)
       )
      )
      (local.set $31
       (f32x4.mul
        (local.get $23)
        (local.get $30)
       )
      )
      (local.set $32
       (local.get $31)
      )
      (v128.store32_lane 0
       (i32.add
        (local.get $24)
        (i32.shl
         (i32.add
          (local.get $10)
          (i32.const 0)
         )
         (i32.const 2)
        )
       )
       (local.get $32)
      )
      (if
       (i32.lt_s
        (i32.const 1)
        (local.get $16)
       )
       (then
        (v128.store32_lane 1
         (i32.add
          (local.get $24)
          (i32.shl
           (i32.add
            (local.get $10)
            (i32.const 1)
           )
           (i32.const 2)
          )
         )
         (local.get $32)
        )
       )
      )
      (if
       (i32.lt_s
        (i32.const 2)
        (local.get $16)
       )
       (then
        (v128.store32_lane 2
         (i32.add
          (local.get $24)
          (i32.shl
           (i32.add
            (local.get $10)
            (i32.const 2)
           )
           (i32.const 2)
          )
         )
         (local.get $32)
        )
       )
      )
      (if
       (i32.lt_s
        (i32.const 3)
        (local.get $16)
       )
       (then
        (v128.store32_lane 3
         (i32.add
          (local.get $24)
          (i32.shl
           (i32.add
            (local.get $10)
            (i32.const 3)
           )
           (i32.const 2)
          )
         )
         (local.get $32)
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
    (br_if $loop421
     (i32.lt_s
      (local.get $6)
      (local.get $34)
     )
    )
   )
  )
  (i32.store
   (i32.const 76363648)
   (local.get $7)
  )
 )
 (func $h_epilogue_pit (param $0 i32) (param $1 i32)
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
  (block $exit422
   (local.set $2
    (local.get $0)
   )
   (local.set $4
    (local.get $3)
   )
   (br_if $exit422
    (i32.ge_s
     (local.get $2)
     (local.get $4)
    )
   )
   (loop $loop423
    (call $h_epilogue_pit_task
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
    (br_if $loop423
     (i32.lt_s
      (local.get $2)
      (local.get $4)
     )
    )
   )
  )
 )
 (func $h_epilogue_pit_claim (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (block $exit424
   (local.set $5
    (i32.const 0)
   )
   (local.set $7
    (local.get $1)
   )
   (br_if $exit424
    (i32.ge_s
     (local.get $5)
     (local.get $7)
    )
   )
   (loop $loop425
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
      (call $h_epilogue_pit
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
    (br_if $loop425
     (i32.lt_s
      (local.get $5)
      (local.get $7)
     )
    )
   )
  )
 )
)
