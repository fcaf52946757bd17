(module
 (type $0 (func (param i32 i32 i32 i32)))
 (type $1 (func (param i32 i32 i32 i32 i32 i32)))
 (type $2 (func (param i32 i32)))
 (type $3 (func (param f64) (result f64)))
 (type $4 (func (param i32 i32 i32)))
 (type $5 (func (param i32 i32 i32 i32 i32 i32 i32)))
 (type $6 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32)))
 (type $7 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)))
 (type $8 (func (param i32 i32 i32 i32 i32 i32 i32 i32)))
 (type $9 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)))
 (type $10 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)))
 (type $11 (func))
 (import "env" "memory" (memory $0 1 65536))
 (import "math" "exp" (func $exp (param f64) (result f64)))
 (import "math" "log" (func $log (param f64) (result f64)))
 (import "math" "tanh" (func $tanh (param f64) (result f64)))
 (export "fill32" (func $fill32))
 (export "fill8" (func $fill8))
 (export "op0" (func $op0))
 (export "op1_epilogue" (func $op1_epilogue))
 (export "op1" (func $op1))
 (export "op1_claim" (func $op1_claim))
 (export "op1_prepack" (func $op1_prepack))
 (export "op1_shared" (func $op1_shared))
 (export "op1_nt" (func $op1_nt))
 (export "op1_nt_claim" (func $op1_nt_claim))
 (export "op2" (func $op2))
 (export "op3" (func $op3))
 (export "op4" (func $op4))
 (export "op5_epilogue" (func $op5_epilogue))
 (export "op5" (func $op5))
 (export "op5_claim" (func $op5_claim))
 (export "op5_prepack" (func $op5_prepack))
 (export "op5_shared" (func $op5_shared))
 (export "index0" (func $index0))
 (export "group0" (func $group0))
 (export "group0_claim" (func $group0_claim))
 (export "s_czero" (func $s_czero))
 (export "s_czero_claim" (func $s_czero_claim))
 (export "s_epilogue_pit" (func $s_epilogue_pit))
 (export "s_epilogue_pit_claim" (func $s_epilogue_pit_claim))
 (export "chain0" (func $chain0))
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
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  (local $25 i32)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 v128)
  (local $31 v128)
  (local $32 v128)
  (local $33 i32)
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
  (local $44 i32)
  (local $45 i32)
  (local.set $19
   (v128.const i32x4 0x00000000 0x00000001 0x00000002 0x00000003)
  )
  (local.set $23
   (v128.const i32x4 0x42800000 0x42800000 0x42800000 0x42800000)
  )
  (local.set $27
   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
  )
  (local.set $34
   (v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001)
  )
  (block $exit16
   (local.set $4
    (local.get $0)
   )
   (local.set $45
    (local.get $1)
   )
   (br_if $exit16
    (i32.ge_s
     (local.get $4)
     (local.get $45)
    )
   )
   (loop $loop17
    (local.set $11
     (local.get $4)
    )
    (local.set $5
     (local.get $11)
    )
    (local.set $18
     (f32x4.splat
      (f32.convert_i32_s
       (local.get $5)
      )
     )
    )
    (local.set $25
     (i32.add
      (i32.const 9502720)
      (local.get $5)
     )
    )
    (local.set $26
     (f32x4.convert_i32x4_u
      (i32x4.splat
       (i32.load8_u
        (local.get $25)
       )
      )
     )
    )
    (local.set $28
     (f32x4.ne
      (local.get $26)
      (local.get $27)
     )
    )
    (local.set $33
     (i32.add
      (i32.const 9503744)
      (i32.shl
       (local.get $5)
       (i32.const 10)
      )
     )
    )
    (block $exit14
     (local.set $6
      (local.get $2)
     )
     (local.set $44
      (i32.sub
       (local.get $3)
       (i32.const 3)
      )
     )
     (br_if $exit14
      (i32.ge_s
       (local.get $6)
       (local.get $44)
      )
     )
     (loop $loop15
      (local.set $20
       (f32x4.convert_i32x4_s
        (i32x4.add
         (i32x4.splat
          (local.get $6)
         )
         (local.get $19)
        )
       )
      )
      (local.set $21
       (f32x4.sub
        (local.get $18)
        (local.get $20)
       )
      )
      (local.set $22
       (f32x4.abs
        (local.get $21)
       )
      )
      (local.set $24
       (f32x4.le
        (local.get $22)
        (local.get $23)
       )
      )
      (local.set $29
       (v128.or
        (local.get $24)
        (local.get $28)
       )
      )
      (local.set $30
       (f32x4.convert_i32x4_u
        (i32x4.extend_low_i16x8_u
         (i16x8.extend_low_i8x16_u
          (v128.load32_zero align=1
           (i32.add
            (i32.const 9502720)
            (local.get $6)
           )
          )
         )
        )
       )
      )
      (local.set $31
       (f32x4.ne
        (local.get $30)
        (local.get $27)
       )
      )
      (local.set $32
       (v128.or
        (local.get $29)
        (local.get $31)
       )
      )
      (v128.store32_lane align=1 0
       (i32.add
        (local.get $33)
        (local.get $6)
       )
       (i8x16.narrow_i16x8_u
        (i16x8.narrow_i32x4_u
         (v128.and
          (local.get $32)
          (local.get $34)
         )
         (v128.and
          (local.get $32)
          (local.get $34)
         )
        )
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
      (local.set $6
       (i32.add
        (local.get $6)
        (i32.const 4)
       )
      )
      (br_if $loop15
       (i32.lt_s
        (local.get $6)
        (local.get $44)
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
      (local.set $35
       (f32x4.convert_i32x4_s
        (i32x4.replace_lane 3
         (i32x4.replace_lane 2
          (i32x4.replace_lane 1
           (i32x4.splat
            (local.get $7)
           )
           (local.get $8)
          )
          (local.get $9)
         )
         (local.get $10)
        )
       )
      )
      (local.set $36
       (f32x4.sub
        (local.get $18)
        (local.get $35)
       )
      )
      (local.set $37
       (f32x4.abs
        (local.get $36)
       )
      )
      (local.set $38
       (f32x4.le
        (local.get $37)
        (local.get $23)
       )
      )
      (local.set $39
       (v128.or
        (local.get $38)
        (local.get $28)
       )
      )
      (local.set $40
       (f32x4.convert_i32x4_u
        (v128.load8_lane 12
         (i32.add
          (i32.const 9502720)
          (local.get $10)
         )
         (v128.load8_lane 8
          (i32.add
           (i32.const 9502720)
           (local.get $9)
          )
          (v128.load8_lane 4
           (i32.add
            (i32.const 9502720)
            (local.get $8)
           )
           (v128.load8_lane 0
            (i32.add
             (i32.const 9502720)
             (local.get $7)
            )
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
          )
         )
        )
       )
      )
      (local.set $41
       (f32x4.ne
        (local.get $40)
        (local.get $27)
       )
      )
      (local.set $42
       (v128.or
        (local.get $39)
        (local.get $41)
       )
      )
      (local.set $43
       (i8x16.narrow_i16x8_u
        (i16x8.narrow_i32x4_u
         (v128.and
          (local.get $42)
          (local.get $34)
         )
         (v128.and
          (local.get $42)
          (local.get $34)
         )
        )
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
      (v128.store8_lane 0
       (i32.add
        (local.get $33)
        (i32.add
         (local.get $6)
         (i32.const 0)
        )
       )
       (local.get $43)
      )
      (if
       (i32.lt_s
        (i32.const 1)
        (local.get $12)
       )
       (then
        (v128.store8_lane 1
         (i32.add
          (local.get $33)
          (i32.add
           (local.get $6)
           (i32.const 1)
          )
         )
         (local.get $43)
        )
       )
      )
      (if
       (i32.lt_s
        (i32.const 2)
        (local.get $12)
       )
       (then
        (v128.store8_lane 2
         (i32.add
          (local.get $33)
          (i32.add
           (local.get $6)
           (i32.const 2)
          )
         )
         (local.get $43)
        )
       )
      )
      (if
       (i32.lt_s
        (i32.const 3)
        (local.get $12)
       )
       (then
        (v128.store8_lane 3
         (i32.add
          (local.get $33)
          (i32.add
           (local.get $6)
           (i32.const 3)
          )
         )
         (local.get $43)
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
    (br_if $loop17
     (i32.lt_s
      (local.get $4)
      (local.get $45)
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
    (block $exit20
     (local.set $4
      (local.get $2)
     )
     (local.set $8
      (local.get $3)
     )
     (local.set $9
      (local.get $5)
     )
     (br_if $exit20
      (i32.ge_s
       (local.get $4)
       (local.get $8)
      )
     )
     (loop $loop21
      (call $op0_part
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
      (br_if $loop21
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
    (block $exit18
     (local.set $4
      (local.get $0)
     )
     (local.set $6
      (local.get $1)
     )
     (local.set $7
      (local.get $5)
     )
     (br_if $exit18
      (i32.ge_s
       (local.get $4)
       (local.get $6)
      )
     )
     (loop $loop19
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
      (br_if $loop19
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
 (func $op1_epilogue_part (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
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
  (local $21 v128)
  (local $22 i32)
  (local $23 v128)
  (local $24 v128)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 i32)
  (local $31 i32)
  (local.set $21
   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
  )
  (local.set $24
   (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
  )
  (block $exit24
   (local.set $4
    (local.get $0)
   )
   (local.set $31
    (local.get $1)
   )
   (br_if $exit24
    (i32.ge_s
     (local.get $4)
     (local.get $31)
    )
   )
   (loop $loop25
    (local.set $12
     (local.get $4)
    )
    (local.set $6
     (i32.rem_u
      (local.get $12)
      (i32.const 1024)
     )
    )
    (local.set $12
     (i32.div_u
      (local.get $12)
      (i32.const 1024)
     )
    )
    (local.set $5
     (local.get $12)
    )
    (local.set $19
     (i32.add
      (i32.const 9503744)
      (i32.shl
       (local.get $6)
       (i32.const 10)
      )
     )
    )
    (local.set $22
     (i32.add
      (i32.add
       (i32.const 10552320)
       (i32.shl
        (local.get $5)
        (i32.const 22)
       )
      )
      (i32.shl
       (local.get $6)
       (i32.const 12)
      )
     )
    )
    (block $exit22
     (local.set $7
      (local.get $2)
     )
     (local.set $30
      (i32.sub
       (local.get $3)
       (i32.const 3)
      )
     )
     (br_if $exit22
      (i32.ge_s
       (local.get $7)
       (local.get $30)
      )
     )
     (loop $loop23
      (local.set $20
       (f32x4.convert_i32x4_u
        (i32x4.extend_low_i16x8_u
         (i16x8.extend_low_i8x16_u
          (v128.load32_zero align=1
           (i32.add
            (local.get $19)
            (local.get $7)
           )
          )
         )
        )
       )
      )
      (local.set $23
       (v128.load align=4
        (i32.add
         (local.get $22)
         (i32.shl
          (local.get $7)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $25
       (v128.bitselect
        (local.get $23)
        (local.get $24)
        (f32x4.ne
         (local.get $20)
         (local.get $21)
        )
       )
      )
      (v128.store align=4
       (i32.add
        (local.get $22)
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
      (br_if $loop23
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
       (f32x4.convert_i32x4_u
        (v128.load8_lane 12
         (i32.add
          (local.get $19)
          (local.get $11)
         )
         (v128.load8_lane 8
          (i32.add
           (local.get $19)
           (local.get $10)
          )
          (v128.load8_lane 4
           (i32.add
            (local.get $19)
            (local.get $9)
           )
           (v128.load8_lane 0
            (i32.add
             (local.get $19)
             (local.get $8)
            )
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
          )
         )
        )
       )
      )
      (local.set $27
       (v128.load32_lane 3
        (i32.add
         (local.get $22)
         (i32.shl
          (local.get $11)
          (i32.const 2)
         )
        )
        (v128.load32_lane 2
         (i32.add
          (local.get $22)
          (i32.shl
           (local.get $10)
           (i32.const 2)
          )
         )
         (v128.load32_lane 1
          (i32.add
           (local.get $22)
           (i32.shl
            (local.get $9)
            (i32.const 2)
           )
          )
          (v128.load32_lane 0
           (i32.add
            (local.get $22)
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
      (local.set $28
       (v128.bitselect
        (local.get $27)
        (local.get $24)
        (f32x4.ne
         (local.get $26)
         (local.get $21)
        )
       )
      )
      (local.set $29
       (local.get $28)
      )
      (v128.store32_lane 0
       (i32.add
        (local.get $22)
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
          (local.get $22)
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
          (local.get $22)
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
          (local.get $22)
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
    (br_if $loop25
     (i32.lt_s
      (local.get $4)
      (local.get $31)
     )
    )
   )
  )
 )
 (func $op1_epilogue (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
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
    (block $exit28
     (local.set $4
      (local.get $2)
     )
     (local.set $8
      (local.get $3)
     )
     (local.set $9
      (local.get $5)
     )
     (br_if $exit28
      (i32.ge_s
       (local.get $4)
       (local.get $8)
      )
     )
     (loop $loop29
      (call $op1_epilogue_part
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
      (br_if $loop29
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
    (block $exit26
     (local.set $4
      (local.get $0)
     )
     (local.set $6
      (local.get $1)
     )
     (local.set $7
      (local.get $5)
     )
     (br_if $exit26
      (i32.ge_s
       (local.get $4)
       (local.get $6)
      )
     )
     (loop $loop27
      (call $op1_epilogue_part
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
      (br_if $loop27
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
 (func $op1_packA (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32)
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
  (block $exit40
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
   (br_if $exit40
    (i32.ge_s
     (local.get $6)
     (local.get $40)
    )
   )
   (loop $loop41
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
         (i32.const 64132160)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 64132224)
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
         (i32.const 64132160)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 64132224)
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
         (i32.const 64132160)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 64132224)
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
         (i32.const 64132160)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 64132224)
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
    (block $exit38
     (local.set $19
      (i32.const 0)
     )
     (local.set $39
      (local.get $4)
     )
     (br_if $exit38
      (i32.ge_s
       (local.get $19)
       (local.get $39)
      )
     )
     (loop $loop39
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
      (block $exit32
       (local.set $20
        (local.get $22)
       )
       (local.set $36
        (local.get $4)
       )
       (br_if $exit32
        (i32.ge_s
         (local.get $20)
         (local.get $36)
        )
       )
       (loop $loop33
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
        (br_if $loop33
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
              (i32.const 64136320)
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
              (i32.const 64136320)
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
              (i32.const 64136320)
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
              (i32.const 64136320)
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
        (block $exit34
         (local.set $7
          (local.get $19)
         )
         (local.set $37
          (local.get $23)
         )
         (br_if $exit34
          (i32.ge_s
           (local.get $7)
           (local.get $37)
          )
         )
         (loop $loop35
          (local.set $28
           (select
            (f32x4.mul
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
             (f32x4.splat
              (f32.const 0.125)
             )
            )
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $10)
           )
          )
          (local.set $29
           (select
            (f32x4.mul
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
             (f32x4.splat
              (f32.const 0.125)
             )
            )
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $11)
           )
          )
          (local.set $30
           (select
            (f32x4.mul
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
             (f32x4.splat
              (f32.const 0.125)
             )
            )
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $12)
           )
          )
          (local.set $31
           (select
            (f32x4.mul
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
             (f32x4.splat
              (f32.const 0.125)
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
          (br_if $loop35
           (i32.lt_s
            (local.get $7)
            (local.get $37)
           )
          )
         )
        )
       )
      )
      (block $exit36
       (local.set $7
        (local.get $23)
       )
       (local.set $38
        (local.get $22)
       )
       (br_if $exit36
        (i32.ge_s
         (local.get $7)
         (local.get $38)
        )
       )
       (loop $loop37
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
             (i32.const 65536)
             (i32.shl
              (i32.add
               (local.get $14)
               (i32.load
                (i32.add
                 (i32.const 64136320)
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
           (f32.const 0.125)
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
             (i32.const 65536)
             (i32.shl
              (i32.add
               (local.get $15)
               (i32.load
                (i32.add
                 (i32.const 64136320)
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
           (f32.const 0.125)
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
             (i32.const 65536)
             (i32.shl
              (i32.add
               (local.get $16)
               (i32.load
                (i32.add
                 (i32.const 64136320)
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
           (f32.const 0.125)
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
             (i32.const 65536)
             (i32.shl
              (i32.add
               (local.get $17)
               (i32.load
                (i32.add
                 (i32.const 64136320)
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
           (f32.const 0.125)
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
        (br_if $loop37
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
      (br_if $loop39
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
    (br_if $loop41
     (i32.lt_s
      (local.get $6)
      (local.get $40)
     )
    )
   )
  )
 )
 (func $op1_packB (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32)
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
  (local.set $9
   (local.get $0)
  )
  (block $exit44
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
   (br_if $exit44
    (i32.ge_s
     (local.get $6)
     (local.get $29)
    )
   )
   (loop $loop45
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
         (i32.const 64136576)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 64136640)
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
         (i32.const 64136576)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 64136640)
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
         (i32.const 64136576)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 64136640)
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
         (i32.const 64136576)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 64136640)
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
         (i32.const 64136576)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 64136640)
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
         (i32.const 64136576)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 64136640)
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
         (i32.const 64136576)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 64136640)
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
         (i32.const 64136576)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 64136640)
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
    (block $exit42
     (local.set $7
      (i32.const 0)
     )
     (local.set $28
      (local.get $2)
     )
     (br_if $exit42
      (i32.ge_s
       (local.get $7)
       (local.get $28)
      )
     )
     (loop $loop43
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
          (i32.const 3211264)
          (i32.shl
           (i32.add
            (local.get $19)
            (i32.load
             (i32.add
              (i32.const 64140736)
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
            (i32.const 3211264)
            (i32.shl
             (i32.add
              (local.get $19)
              (i32.load
               (i32.add
                (i32.const 64140736)
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
            (i32.const 3211264)
            (i32.shl
             (i32.add
              (local.get $20)
              (i32.load
               (i32.add
                (i32.const 64140736)
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
            (i32.const 3211264)
            (i32.shl
             (i32.add
              (local.get $21)
              (i32.load
               (i32.add
                (i32.const 64140736)
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
            (i32.const 3211264)
            (i32.shl
             (i32.add
              (local.get $22)
              (i32.load
               (i32.add
                (i32.const 64140736)
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
            (i32.const 3211264)
            (i32.shl
             (i32.add
              (local.get $23)
              (i32.load
               (i32.add
                (i32.const 64140736)
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
            (i32.const 3211264)
            (i32.shl
             (i32.add
              (local.get $24)
              (i32.load
               (i32.add
                (i32.const 64140736)
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
            (i32.const 3211264)
            (i32.shl
             (i32.add
              (local.get $25)
              (i32.load
               (i32.add
                (i32.const 64140736)
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
            (i32.const 3211264)
            (i32.shl
             (i32.add
              (local.get $26)
              (i32.load
               (i32.add
                (i32.const 64140736)
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
      (br_if $loop43
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
    (br_if $loop45
     (i32.lt_s
      (local.get $6)
      (local.get $29)
     )
    )
   )
  )
 )
 (func $op1_mk (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32)
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
  (block $exit46
   (local.set $28
    (local.get $0)
   )
   (local.set $29
    (local.get $27)
   )
   (br_if $exit46
    (i32.ge_s
     (local.get $28)
     (local.get $29)
    )
   )
   (loop $loop47
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
    (br_if $loop47
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
      (i32.const 9503744)
      (i32.add
       (i32.load
        (i32.add
         (i32.const 64128000)
         (i32.shl
          (local.get $6)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 64128064)
         (i32.shl
          (i32.load
           (local.get $5)
          )
          (i32.const 2)
         )
        )
       )
      )
     )
    )
    (local.set $9
     (i32.add
      (i32.const 9503744)
      (i32.add
       (i32.load
        (i32.add
         (i32.const 64128000)
         (i32.shl
          (local.get $6)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 64128064)
         (i32.shl
          (i32.load offset=4
           (local.get $5)
          )
          (i32.const 2)
         )
        )
       )
      )
     )
    )
    (local.set $10
     (i32.add
      (i32.const 9503744)
      (i32.add
       (i32.load
        (i32.add
         (i32.const 64128000)
         (i32.shl
          (local.get $6)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 64128064)
         (i32.shl
          (i32.load offset=8
           (local.get $5)
          )
          (i32.const 2)
         )
        )
       )
      )
     )
    )
    (local.set $11
     (i32.add
      (i32.const 9503744)
      (i32.add
       (i32.load
        (i32.add
         (i32.const 64128000)
         (i32.shl
          (local.get $6)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 64128064)
         (i32.shl
          (i32.load offset=12
           (local.get $5)
          )
          (i32.const 2)
         )
        )
       )
      )
     )
    )
    (local.set $30
     (local.get $16)
    )
    (local.set $31
     (f32x4.convert_i32x4_u
      (i32x4.extend_low_i16x8_u
       (i16x8.extend_low_i8x16_u
        (v128.load32_zero align=1
         (i32.add
          (local.get $8)
          (i32.shr_u
           (local.get $7)
           (i32.const 2)
          )
         )
        )
       )
      )
     )
    )
    (local.set $32
     (local.get $30)
    )
    (local.set $33
     (v128.bitselect
      (local.get $32)
      (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
      (f32x4.ne
       (local.get $31)
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (local.set $16
     (local.get $33)
    )
    (local.set $34
     (local.get $17)
    )
    (local.set $35
     (f32x4.convert_i32x4_u
      (i32x4.extend_low_i16x8_u
       (i16x8.extend_low_i8x16_u
        (v128.load32_zero align=1
         (i32.add
          (local.get $8)
          (i32.shr_u
           (i32.add
            (local.get $7)
            (i32.const 16)
           )
           (i32.const 2)
          )
         )
        )
       )
      )
     )
    )
    (local.set $36
     (local.get $34)
    )
    (local.set $37
     (v128.bitselect
      (local.get $36)
      (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
      (f32x4.ne
       (local.get $35)
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (local.set $17
     (local.get $37)
    )
    (local.set $38
     (local.get $18)
    )
    (local.set $39
     (f32x4.convert_i32x4_u
      (i32x4.extend_low_i16x8_u
       (i16x8.extend_low_i8x16_u
        (v128.load32_zero align=1
         (i32.add
          (local.get $9)
          (i32.shr_u
           (local.get $7)
           (i32.const 2)
          )
         )
        )
       )
      )
     )
    )
    (local.set $40
     (local.get $38)
    )
    (local.set $41
     (v128.bitselect
      (local.get $40)
      (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
      (f32x4.ne
       (local.get $39)
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (local.set $18
     (local.get $41)
    )
    (local.set $42
     (local.get $19)
    )
    (local.set $43
     (f32x4.convert_i32x4_u
      (i32x4.extend_low_i16x8_u
       (i16x8.extend_low_i8x16_u
        (v128.load32_zero align=1
         (i32.add
          (local.get $9)
          (i32.shr_u
           (i32.add
            (local.get $7)
            (i32.const 16)
           )
           (i32.const 2)
          )
         )
        )
       )
      )
     )
    )
    (local.set $44
     (local.get $42)
    )
    (local.set $45
     (v128.bitselect
      (local.get $44)
      (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
      (f32x4.ne
       (local.get $43)
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (local.set $19
     (local.get $45)
    )
    (local.set $46
     (local.get $20)
    )
    (local.set $47
     (f32x4.convert_i32x4_u
      (i32x4.extend_low_i16x8_u
       (i16x8.extend_low_i8x16_u
        (v128.load32_zero align=1
         (i32.add
          (local.get $10)
          (i32.shr_u
           (local.get $7)
           (i32.const 2)
          )
         )
        )
       )
      )
     )
    )
    (local.set $48
     (local.get $46)
    )
    (local.set $49
     (v128.bitselect
      (local.get $48)
      (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
      (f32x4.ne
       (local.get $47)
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (local.set $20
     (local.get $49)
    )
    (local.set $50
     (local.get $21)
    )
    (local.set $51
     (f32x4.convert_i32x4_u
      (i32x4.extend_low_i16x8_u
       (i16x8.extend_low_i8x16_u
        (v128.load32_zero align=1
         (i32.add
          (local.get $10)
          (i32.shr_u
           (i32.add
            (local.get $7)
            (i32.const 16)
           )
           (i32.const 2)
          )
         )
        )
       )
      )
     )
    )
    (local.set $52
     (local.get $50)
    )
    (local.set $53
     (v128.bitselect
      (local.get $52)
      (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
      (f32x4.ne
       (local.get $51)
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (local.set $21
     (local.get $53)
    )
    (local.set $54
     (local.get $22)
    )
    (local.set $55
     (f32x4.convert_i32x4_u
      (i32x4.extend_low_i16x8_u
       (i16x8.extend_low_i8x16_u
        (v128.load32_zero align=1
         (i32.add
          (local.get $11)
          (i32.shr_u
           (local.get $7)
           (i32.const 2)
          )
         )
        )
       )
      )
     )
    )
    (local.set $56
     (local.get $54)
    )
    (local.set $57
     (v128.bitselect
      (local.get $56)
      (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
      (f32x4.ne
       (local.get $55)
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (local.set $22
     (local.get $57)
    )
    (local.set $58
     (local.get $23)
    )
    (local.set $59
     (f32x4.convert_i32x4_u
      (i32x4.extend_low_i16x8_u
       (i16x8.extend_low_i8x16_u
        (v128.load32_zero align=1
         (i32.add
          (local.get $11)
          (i32.shr_u
           (i32.add
            (local.get $7)
            (i32.const 16)
           )
           (i32.const 2)
          )
         )
        )
       )
      )
     )
    )
    (local.set $60
     (local.get $58)
    )
    (local.set $61
     (v128.bitselect
      (local.get $60)
      (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
      (f32x4.ne
       (local.get $59)
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (local.set $23
     (local.get $61)
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
 (func $op1 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32)
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
  (local $83 i32)
  (local $84 i32)
  (local $85 i32)
  (local $86 i32)
  (local $87 i32)
  (local $88 i32)
  (local $89 i32)
  (local $90 i32)
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
  (block $exit78
   (local.set $7
    (i32.const 0)
   )
   (local.set $90
    (local.get $1)
   )
   (br_if $exit78
    (i32.ge_s
     (local.get $7)
     (local.get $90)
    )
   )
   (loop $loop79
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
    (block $exit72
     (local.set $35
      (i32.const 0)
     )
     (local.set $87
      (local.get $15)
     )
     (br_if $exit72
      (i32.ge_s
       (local.get $35)
       (local.get $87)
      )
     )
     (loop $loop73
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
      (br_if $loop73
       (i32.lt_s
        (local.get $35)
        (local.get $87)
       )
      )
     )
    )
    (local.set $17
     (local.get $16)
    )
    (block $exit74
     (local.set $35
      (local.get $16)
     )
     (local.set $88
      (local.get $15)
     )
     (br_if $exit74
      (i32.ge_s
       (local.get $35)
       (local.get $88)
      )
     )
     (loop $loop75
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
      (br_if $loop75
       (i32.lt_s
        (local.get $35)
        (local.get $88)
       )
      )
     )
    )
    (block $exit76
     (local.set $23
      (local.get $16)
     )
     (local.set $89
      (local.get $17)
     )
     (br_if $exit76
      (i32.ge_s
       (local.get $23)
       (local.get $89)
      )
     )
     (loop $loop77
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
      (block $exit70
       (local.set $25
        (i32.const 0)
       )
       (local.set $86
        (local.get $13)
       )
       (br_if $exit70
        (i32.ge_s
         (local.get $25)
         (local.get $86)
        )
       )
       (loop $loop71
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
        (call $op1_packB
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
        (block $exit68
         (local.set $27
          (i32.const 0)
         )
         (local.set $85
          (local.get $11)
         )
         (br_if $exit68
          (i32.ge_s
           (local.get $27)
           (local.get $85)
          )
         )
         (loop $loop69
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
          (call $op1_packA
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
          (block $exit66
           (local.set $29
            (i32.const 0)
           )
           (local.set $84
            (i32.div_s
             (i32.add
              (local.get $24)
              (i32.const 7)
             )
             (i32.const 8)
            )
           )
           (br_if $exit66
            (i32.ge_s
             (local.get $29)
             (local.get $84)
            )
           )
           (loop $loop67
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
            (block $exit64
             (local.set $30
              (i32.const 0)
             )
             (local.set $83
              (i32.div_s
               (i32.add
                (local.get $28)
                (i32.const 3)
               )
               (i32.const 4)
              )
             )
             (br_if $exit64
              (i32.ge_s
               (local.get $30)
               (local.get $83)
              )
             )
             (loop $loop65
              (if
               (local.get $33)
               (then
                (i32.store
                 (local.get $39)
                 (select
                  (i32.add
                   (i32.const 10552320)
                   (i32.shl
                    (i32.add
                     (i32.add
                      (i32.load
                       (i32.add
                        (i32.const 64140992)
                        (i32.shl
                         (local.get $9)
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.load
                       (i32.add
                        (i32.const 64141056)
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
                       (i32.const 64145152)
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
                   (i32.const 10552320)
                   (i32.shl
                    (i32.add
                     (i32.add
                      (i32.load
                       (i32.add
                        (i32.const 64140992)
                        (i32.shl
                         (local.get $9)
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.load
                       (i32.add
                        (i32.const 64141056)
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
                       (i32.const 64145152)
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
                   (i32.const 10552320)
                   (i32.shl
                    (i32.add
                     (i32.add
                      (i32.load
                       (i32.add
                        (i32.const 64140992)
                        (i32.shl
                         (local.get $9)
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.load
                       (i32.add
                        (i32.const 64141056)
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
                       (i32.const 64145152)
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
                   (i32.const 10552320)
                   (i32.shl
                    (i32.add
                     (i32.add
                      (i32.load
                       (i32.add
                        (i32.const 64140992)
                        (i32.shl
                         (local.get $9)
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.load
                       (i32.add
                        (i32.const 64141056)
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
                       (i32.const 64145152)
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
                (call $op1_mk
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
                    (i32.const 64145152)
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
                     (i32.const 64140992)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 64141056)
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
                (block $exit48
                 (local.set $35
                  (i32.const 0)
                 )
                 (local.set $43
                  (i32.const 8)
                 )
                 (br_if $exit48
                  (i32.ge_s
                   (local.get $35)
                   (local.get $43)
                  )
                 )
                 (loop $loop49
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
                      (i32.const 10552320)
                      (i32.shl
                       (i32.add
                        (local.get $34)
                        (i32.load
                         (i32.add
                          (i32.const 64145152)
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
                  (br_if $loop49
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
                     (i32.const 64140992)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 64141056)
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
                (block $exit52
                 (local.set $35
                  (i32.const 0)
                 )
                 (local.set $45
                  (i32.const 8)
                 )
                 (br_if $exit52
                  (i32.ge_s
                   (local.get $35)
                   (local.get $45)
                  )
                 )
                 (loop $loop53
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
                      (i32.const 10552320)
                      (i32.shl
                       (i32.add
                        (local.get $34)
                        (i32.load
                         (i32.add
                          (i32.const 64145152)
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
                  (br_if $loop53
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
                     (i32.const 64140992)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 64141056)
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
                (block $exit56
                 (local.set $35
                  (i32.const 0)
                 )
                 (local.set $47
                  (i32.const 8)
                 )
                 (br_if $exit56
                  (i32.ge_s
                   (local.get $35)
                   (local.get $47)
                  )
                 )
                 (loop $loop57
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
                      (i32.const 10552320)
                      (i32.shl
                       (i32.add
                        (local.get $34)
                        (i32.load
                         (i32.add
                          (i32.const 64145152)
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
                  (br_if $loop57
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
                     (i32.const 64140992)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 64141056)
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
                (block $exit60
                 (local.set $35
                  (i32.const 0)
                 )
                 (local.set $49
                  (i32.const 8)
                 )
                 (br_if $exit60
                  (i32.ge_s
                   (local.get $35)
                   (local.get $49)
                  )
                 )
                 (loop $loop61
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
                      (i32.const 10552320)
                      (i32.shl
                       (i32.add
                        (local.get $34)
                        (i32.load
                         (i32.add
                          (i32.const 64145152)
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
                  (br_if $loop61
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
                    (i32.const 9503744)
                    (i32.add
                     (i32.load
                      (i32.add
                       (i32.const 64128000)
                       (i32.shl
                        (local.get $9)
                        (i32.const 2)
                       )
                      )
                     )
                     (i32.load
                      (i32.add
                       (i32.const 64128064)
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
                   )
                  )
                  (local.set $20
                   (i32.add
                    (i32.const 9503744)
                    (i32.add
                     (i32.load
                      (i32.add
                       (i32.const 64128000)
                       (i32.shl
                        (local.get $9)
                        (i32.const 2)
                       )
                      )
                     )
                     (i32.load
                      (i32.add
                       (i32.const 64128064)
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
                   )
                  )
                  (local.set $21
                   (i32.add
                    (i32.const 9503744)
                    (i32.add
                     (i32.load
                      (i32.add
                       (i32.const 64128000)
                       (i32.shl
                        (local.get $9)
                        (i32.const 2)
                       )
                      )
                     )
                     (i32.load
                      (i32.add
                       (i32.const 64128064)
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
                   )
                  )
                  (local.set $22
                   (i32.add
                    (i32.const 9503744)
                    (i32.add
                     (i32.load
                      (i32.add
                       (i32.const 64128000)
                       (i32.shl
                        (local.get $9)
                        (i32.const 2)
                       )
                      )
                     )
                     (i32.load
                      (i32.add
                       (i32.const 64128064)
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
                     (f32x4.convert_i32x4_u
                      (v128.load8_lane 12
                       (i32.add
                        (local.get $19)
                        (i32.shr_u
                         (i32.shl
                          (i32.load
                           (i32.add
                            (i32.const 64145152)
                            (i32.shl
                             (i32.load
                              (i32.add
                               (local.get $14)
                               (i32.shl
                                (i32.add
                                 (local.get $31)
                                 (select
                                  (i32.const 3)
                                  (i32.sub
                                   (local.get $32)
                                   (i32.const 1)
                                  )
                                  (i32.lt_s
                                   (i32.const 3)
                                   (i32.sub
                                    (local.get $32)
                                    (i32.const 1)
                                   )
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
                          (i32.const 2)
                         )
                         (i32.const 2)
                        )
                       )
                       (v128.load8_lane 8
                        (i32.add
                         (local.get $19)
                         (i32.shr_u
                          (i32.shl
                           (i32.load
                            (i32.add
                             (i32.const 64145152)
                             (i32.shl
                              (i32.load
                               (i32.add
                                (local.get $14)
                                (i32.shl
                                 (i32.add
                                  (local.get $31)
                                  (select
                                   (i32.const 2)
                                   (i32.sub
                                    (local.get $32)
                                    (i32.const 1)
                                   )
                                   (i32.lt_s
                                    (i32.const 2)
                                    (i32.sub
                                     (local.get $32)
                                     (i32.const 1)
                                    )
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
                           (i32.const 2)
                          )
                          (i32.const 2)
                         )
                        )
                        (v128.load8_lane 4
                         (i32.add
                          (local.get $19)
                          (i32.shr_u
                           (i32.shl
                            (i32.load
                             (i32.add
                              (i32.const 64145152)
                              (i32.shl
                               (i32.load
                                (i32.add
                                 (local.get $14)
                                 (i32.shl
                                  (i32.add
                                   (local.get $31)
                                   (select
                                    (i32.const 1)
                                    (i32.sub
                                     (local.get $32)
                                     (i32.const 1)
                                    )
                                    (i32.lt_s
                                     (i32.const 1)
                                     (i32.sub
                                      (local.get $32)
                                      (i32.const 1)
                                     )
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
                            (i32.const 2)
                           )
                           (i32.const 2)
                          )
                         )
                         (v128.load8_lane 0
                          (i32.add
                           (local.get $19)
                           (i32.shr_u
                            (i32.shl
                             (i32.load
                              (i32.add
                               (i32.const 64145152)
                               (i32.shl
                                (i32.load
                                 (i32.add
                                  (local.get $14)
                                  (i32.shl
                                   (i32.add
                                    (local.get $31)
                                    (select
                                     (i32.const 0)
                                     (i32.sub
                                      (local.get $32)
                                      (i32.const 1)
                                     )
                                     (i32.lt_s
                                      (i32.const 0)
                                      (i32.sub
                                       (local.get $32)
                                       (i32.const 1)
                                      )
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
                             (i32.const 2)
                            )
                            (i32.const 2)
                           )
                          )
                          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                         )
                        )
                       )
                      )
                     )
                    )
                    (local.set $53
                     (local.get $51)
                    )
                    (local.set $54
                     (v128.bitselect
                      (local.get $53)
                      (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
                      (f32x4.ne
                       (local.get $52)
                       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                      )
                     )
                    )
                    (v128.store align=4
                     (local.get $40)
                     (local.get $54)
                    )
                    (local.set $55
                     (v128.load offset=16 align=4
                      (local.get $40)
                     )
                    )
                    (local.set $56
                     (f32x4.convert_i32x4_u
                      (v128.load8_lane 12
                       (i32.add
                        (local.get $19)
                        (i32.shr_u
                         (i32.shl
                          (i32.load
                           (i32.add
                            (i32.const 64145152)
                            (i32.shl
                             (i32.load
                              (i32.add
                               (local.get $14)
                               (i32.shl
                                (i32.add
                                 (local.get $31)
                                 (select
                                  (i32.const 7)
                                  (i32.sub
                                   (local.get $32)
                                   (i32.const 1)
                                  )
                                  (i32.lt_s
                                   (i32.const 7)
                                   (i32.sub
                                    (local.get $32)
                                    (i32.const 1)
                                   )
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
                          (i32.const 2)
                         )
                         (i32.const 2)
                        )
                       )
                       (v128.load8_lane 8
                        (i32.add
                         (local.get $19)
                         (i32.shr_u
                          (i32.shl
                           (i32.load
                            (i32.add
                             (i32.const 64145152)
                             (i32.shl
                              (i32.load
                               (i32.add
                                (local.get $14)
                                (i32.shl
                                 (i32.add
                                  (local.get $31)
                                  (select
                                   (i32.const 6)
                                   (i32.sub
                                    (local.get $32)
                                    (i32.const 1)
                                   )
                                   (i32.lt_s
                                    (i32.const 6)
                                    (i32.sub
                                     (local.get $32)
                                     (i32.const 1)
                                    )
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
                           (i32.const 2)
                          )
                          (i32.const 2)
                         )
                        )
                        (v128.load8_lane 4
                         (i32.add
                          (local.get $19)
                          (i32.shr_u
                           (i32.shl
                            (i32.load
                             (i32.add
                              (i32.const 64145152)
                              (i32.shl
                               (i32.load
                                (i32.add
                                 (local.get $14)
                                 (i32.shl
                                  (i32.add
                                   (local.get $31)
                                   (select
                                    (i32.const 5)
                                    (i32.sub
                                     (local.get $32)
                                     (i32.const 1)
                                    )
                                    (i32.lt_s
                                     (i32.const 5)
                                     (i32.sub
                                      (local.get $32)
                                      (i32.const 1)
                                     )
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
                            (i32.const 2)
                           )
                           (i32.const 2)
                          )
                         )
                         (v128.load8_lane 0
                          (i32.add
                           (local.get $19)
                           (i32.shr_u
                            (i32.shl
                             (i32.load
                              (i32.add
                               (i32.const 64145152)
                               (i32.shl
                                (i32.load
                                 (i32.add
                                  (local.get $14)
                                  (i32.shl
                                   (i32.add
                                    (local.get $31)
                                    (select
                                     (i32.const 4)
                                     (i32.sub
                                      (local.get $32)
                                      (i32.const 1)
                                     )
                                     (i32.lt_s
                                      (i32.const 4)
                                      (i32.sub
                                       (local.get $32)
                                       (i32.const 1)
                                      )
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
                             (i32.const 2)
                            )
                            (i32.const 2)
                           )
                          )
                          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                         )
                        )
                       )
                      )
                     )
                    )
                    (local.set $57
                     (local.get $55)
                    )
                    (local.set $58
                     (v128.bitselect
                      (local.get $57)
                      (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
                      (f32x4.ne
                       (local.get $56)
                       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                      )
                     )
                    )
                    (v128.store offset=16 align=4
                     (local.get $40)
                     (local.get $58)
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
                    (local.set $59
                     (v128.load offset=32 align=4
                      (local.get $40)
                     )
                    )
                    (local.set $60
                     (f32x4.convert_i32x4_u
                      (v128.load8_lane 12
                       (i32.add
                        (local.get $20)
                        (i32.shr_u
                         (i32.shl
                          (i32.load
                           (i32.add
                            (i32.const 64145152)
                            (i32.shl
                             (i32.load
                              (i32.add
                               (local.get $14)
                               (i32.shl
                                (i32.add
                                 (local.get $31)
                                 (select
                                  (i32.const 3)
                                  (i32.sub
                                   (local.get $32)
                                   (i32.const 1)
                                  )
                                  (i32.lt_s
                                   (i32.const 3)
                                   (i32.sub
                                    (local.get $32)
                                    (i32.const 1)
                                   )
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
                          (i32.const 2)
                         )
                         (i32.const 2)
                        )
                       )
                       (v128.load8_lane 8
                        (i32.add
                         (local.get $20)
                         (i32.shr_u
                          (i32.shl
                           (i32.load
                            (i32.add
                             (i32.const 64145152)
                             (i32.shl
                              (i32.load
                               (i32.add
                                (local.get $14)
                                (i32.shl
                                 (i32.add
                                  (local.get $31)
                                  (select
                                   (i32.const 2)
                                   (i32.sub
                                    (local.get $32)
                                    (i32.const 1)
                                   )
                                   (i32.lt_s
                                    (i32.const 2)
                                    (i32.sub
                                     (local.get $32)
                                     (i32.const 1)
                                    )
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
                           (i32.const 2)
                          )
                          (i32.const 2)
                         )
                        )
                        (v128.load8_lane 4
                         (i32.add
                          (local.get $20)
                          (i32.shr_u
                           (i32.shl
                            (i32.load
                             (i32.add
                              (i32.const 64145152)
                              (i32.shl
                               (i32.load
                                (i32.add
                                 (local.get $14)
                                 (i32.shl
                                  (i32.add
                                   (local.get $31)
                                   (select
                                    (i32.const 1)
                                    (i32.sub
                                     (local.get $32)
                                     (i32.const 1)
                                    )
                                    (i32.lt_s
                                     (i32.const 1)
                                     (i32.sub
                                      (local.get $32)
                                      (i32.const 1)
                                     )
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
                            (i32.const 2)
                           )
                           (i32.const 2)
                          )
                         )
                         (v128.load8_lane 0
                          (i32.add
                           (local.get $20)
                           (i32.shr_u
                            (i32.shl
                             (i32.load
                              (i32.add
                               (i32.const 64145152)
                               (i32.shl
                                (i32.load
                                 (i32.add
                                  (local.get $14)
                                  (i32.shl
                                   (i32.add
                                    (local.get $31)
                                    (select
                                     (i32.const 0)
                                     (i32.sub
                                      (local.get $32)
                                      (i32.const 1)
                                     )
                                     (i32.lt_s
                                      (i32.const 0)
                                      (i32.sub
                                       (local.get $32)
                                       (i32.const 1)
                                      )
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
                             (i32.const 2)
                            )
                            (i32.const 2)
                           )
                          )
                          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                         )
                        )
                       )
                      )
                     )
                    )
                    (local.set $61
                     (local.get $59)
                    )
                    (local.set $62
                     (v128.bitselect
                      (local.get $61)
                      (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
                      (f32x4.ne
                       (local.get $60)
                       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                      )
                     )
                    )
                    (v128.store offset=32 align=4
                     (local.get $40)
                     (local.get $62)
                    )
                    (local.set $63
                     (v128.load offset=48 align=4
                      (local.get $40)
                     )
                    )
                    (local.set $64
                     (f32x4.convert_i32x4_u
                      (v128.load8_lane 12
                       (i32.add
                        (local.get $20)
                        (i32.shr_u
                         (i32.shl
                          (i32.load
                           (i32.add
                            (i32.const 64145152)
                            (i32.shl
                             (i32.load
                              (i32.add
                               (local.get $14)
                               (i32.shl
                                (i32.add
                                 (local.get $31)
                                 (select
                                  (i32.const 7)
                                  (i32.sub
                                   (local.get $32)
                                   (i32.const 1)
                                  )
                                  (i32.lt_s
                                   (i32.const 7)
                                   (i32.sub
                                    (local.get $32)
                                    (i32.const 1)
                                   )
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
                          (i32.const 2)
                         )
                         (i32.const 2)
                        )
                       )
                       (v128.load8_lane 8
                        (i32.add
                         (local.get $20)
                         (i32.shr_u
                          (i32.shl
                           (i32.load
                            (i32.add
                             (i32.const 64145152)
                             (i32.shl
                              (i32.load
                               (i32.add
                                (local.get $14)
                                (i32.shl
                                 (i32.add
                                  (local.get $31)
                                  (select
                                   (i32.const 6)
                                   (i32.sub
                                    (local.get $32)
                                    (i32.const 1)
                                   )
                                   (i32.lt_s
                                    (i32.const 6)
                                    (i32.sub
                                     (local.get $32)
                                     (i32.const 1)
                                    )
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
                           (i32.const 2)
                          )
                          (i32.const 2)
                         )
                        )
                        (v128.load8_lane 4
                         (i32.add
                          (local.get $20)
                          (i32.shr_u
                           (i32.shl
                            (i32.load
                             (i32.add
                              (i32.const 64145152)
                              (i32.shl
                               (i32.load
                                (i32.add
                                 (local.get $14)
                                 (i32.shl
                                  (i32.add
                                   (local.get $31)
                                   (select
                                    (i32.const 5)
                                    (i32.sub
                                     (local.get $32)
                                     (i32.const 1)
                                    )
                                    (i32.lt_s
                                     (i32.const 5)
                                     (i32.sub
                                      (local.get $32)
                                      (i32.const 1)
                                     )
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
                            (i32.const 2)
                           )
                           (i32.const 2)
                          )
                         )
                         (v128.load8_lane 0
                          (i32.add
                           (local.get $20)
                           (i32.shr_u
                            (i32.shl
                             (i32.load
                              (i32.add
                               (i32.const 64145152)
                               (i32.shl
                                (i32.load
                                 (i32.add
                                  (local.get $14)
                                  (i32.shl
                                   (i32.add
                                    (local.get $31)
                                    (select
                                     (i32.const 4)
                                     (i32.sub
                                      (local.get $32)
                                      (i32.const 1)
                                     )
                                     (i32.lt_s
                                      (i32.const 4)
                                      (i32.sub
                                       (local.get $32)
                                       (i32.const 1)
                                      )
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
                             (i32.const 2)
                            )
                            (i32.const 2)
                           )
                          )
                          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                         )
                        )
                       )
                      )
                     )
                    )
                    (local.set $65
                     (local.get $63)
                    )
                    (local.set $66
                     (v128.bitselect
                      (local.get $65)
                      (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
                      (f32x4.ne
                       (local.get $64)
                       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                      )
                     )
                    )
                    (v128.store offset=48 align=4
                     (local.get $40)
                     (local.get $66)
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
                    (local.set $67
                     (v128.load offset=64 align=4
                      (local.get $40)
                     )
                    )
                    (local.set $68
                     (f32x4.convert_i32x4_u
                      (v128.load8_lane 12
                       (i32.add
                        (local.get $21)
                        (i32.shr_u
                         (i32.shl
                          (i32.load
                           (i32.add
                            (i32.const 64145152)
                            (i32.shl
                             (i32.load
                              (i32.add
                               (local.get $14)
                               (i32.shl
                                (i32.add
                                 (local.get $31)
                                 (select
                                  (i32.const 3)
                                  (i32.sub
                                   (local.get $32)
                                   (i32.const 1)
                                  )
                                  (i32.lt_s
                                   (i32.const 3)
                                   (i32.sub
                                    (local.get $32)
                                    (i32.const 1)
                                   )
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
                          (i32.const 2)
                         )
                         (i32.const 2)
                        )
                       )
                       (v128.load8_lane 8
                        (i32.add
                         (local.get $21)
                         (i32.shr_u
                          (i32.shl
                           (i32.load
                            (i32.add
                             (i32.const 64145152)
                             (i32.shl
                              (i32.load
                               (i32.add
                                (local.get $14)
                                (i32.shl
                                 (i32.add
                                  (local.get $31)
                                  (select
                                   (i32.const 2)
                                   (i32.sub
                                    (local.get $32)
                                    (i32.const 1)
                                   )
                                   (i32.lt_s
                                    (i32.const 2)
                                    (i32.sub
                                     (local.get $32)
                                     (i32.const 1)
                                    )
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
                           (i32.const 2)
                          )
                          (i32.const 2)
                         )
                        )
                        (v128.load8_lane 4
                         (i32.add
                          (local.get $21)
                          (i32.shr_u
                           (i32.shl
                            (i32.load
                             (i32.add
                              (i32.const 64145152)
                              (i32.shl
                               (i32.load
                                (i32.add
                                 (local.get $14)
                                 (i32.shl
                                  (i32.add
                                   (local.get $31)
                                   (select
                                    (i32.const 1)
                                    (i32.sub
                                     (local.get $32)
                                     (i32.const 1)
                                    )
                                    (i32.lt_s
                                     (i32.const 1)
                                     (i32.sub
                                      (local.get $32)
                                      (i32.const 1)
                                     )
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
                            (i32.const 2)
                           )
                           (i32.const 2)
                          )
                         )
                         (v128.load8_lane 0
                          (i32.add
                           (local.get $21)
                           (i32.shr_u
                            (i32.shl
                             (i32.load
                              (i32.add
                               (i32.const 64145152)
                               (i32.shl
                                (i32.load
                                 (i32.add
                                  (local.get $14)
                                  (i32.shl
                                   (i32.add
                                    (local.get $31)
                                    (select
                                     (i32.const 0)
                                     (i32.sub
                                      (local.get $32)
                                      (i32.const 1)
                                     )
                                     (i32.lt_s
                                      (i32.const 0)
                                      (i32.sub
                                       (local.get $32)
                                       (i32.const 1)
                                      )
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
                             (i32.const 2)
                            )
                            (i32.const 2)
                           )
                          )
                          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                         )
                        )
                       )
                      )
                     )
                    )
                    (local.set $69
                     (local.get $67)
                    )
                    (local.set $70
                     (v128.bitselect
                      (local.get $69)
                      (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
                      (f32x4.ne
                       (local.get $68)
                       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                      )
                     )
                    )
                    (v128.store offset=64 align=4
                     (local.get $40)
                     (local.get $70)
                    )
                    (local.set $71
                     (v128.load offset=80 align=4
                      (local.get $40)
                     )
                    )
                    (local.set $72
                     (f32x4.convert_i32x4_u
                      (v128.load8_lane 12
                       (i32.add
                        (local.get $21)
                        (i32.shr_u
                         (i32.shl
                          (i32.load
                           (i32.add
                            (i32.const 64145152)
                            (i32.shl
                             (i32.load
                              (i32.add
                               (local.get $14)
                               (i32.shl
                                (i32.add
                                 (local.get $31)
                                 (select
                                  (i32.const 7)
                                  (i32.sub
                                   (local.get $32)
                                   (i32.const 1)
                                  )
                                  (i32.lt_s
                                   (i32.const 7)
                                   (i32.sub
                                    (local.get $32)
                                    (i32.const 1)
                                   )
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
                          (i32.const 2)
                         )
                         (i32.const 2)
                        )
                       )
                       (v128.load8_lane 8
                        (i32.add
                         (local.get $21)
                         (i32.shr_u
                          (i32.shl
                           (i32.load
                            (i32.add
                             (i32.const 64145152)
                             (i32.shl
                              (i32.load
                               (i32.add
                                (local.get $14)
                                (i32.shl
                                 (i32.add
                                  (local.get $31)
                                  (select
                                   (i32.const 6)
                                   (i32.sub
                                    (local.get $32)
                                    (i32.const 1)
                                   )
                                   (i32.lt_s
                                    (i32.const 6)
                                    (i32.sub
                                     (local.get $32)
                                     (i32.const 1)
                                    )
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
                           (i32.const 2)
                          )
                          (i32.const 2)
                         )
                        )
                        (v128.load8_lane 4
                         (i32.add
                          (local.get $21)
                          (i32.shr_u
                           (i32.shl
                            (i32.load
                             (i32.add
                              (i32.const 64145152)
                              (i32.shl
                               (i32.load
                                (i32.add
                                 (local.get $14)
                                 (i32.shl
                                  (i32.add
                                   (local.get $31)
                                   (select
                                    (i32.const 5)
                                    (i32.sub
                                     (local.get $32)
                                     (i32.const 1)
                                    )
                                    (i32.lt_s
                                     (i32.const 5)
                                     (i32.sub
                                      (local.get $32)
                                      (i32.const 1)
                                     )
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
                            (i32.const 2)
                           )
                           (i32.const 2)
                          )
                         )
                         (v128.load8_lane 0
                          (i32.add
                           (local.get $21)
                           (i32.shr_u
                            (i32.shl
                             (i32.load
                              (i32.add
                               (i32.const 64145152)
                               (i32.shl
                                (i32.load
                                 (i32.add
                                  (local.get $14)
                                  (i32.shl
                                   (i32.add
                                    (local.get $31)
                                    (select
                                     (i32.const 4)
                                     (i32.sub
                                      (local.get $32)
                                      (i32.const 1)
                                     )
                                     (i32.lt_s
                                      (i32.const 4)
                                      (i32.sub
                                       (local.get $32)
                                       (i32.const 1)
                                      )
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
                             (i32.const 2)
                            )
                            (i32.const 2)
                           )
                          )
                          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                         )
                        )
                       )
                      )
                     )
                    )
                    (local.set $73
                     (local.get $71)
                    )
                    (local.set $74
                     (v128.bitselect
                      (local.get $73)
                      (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
                      (f32x4.ne
                       (local.get $72)
                       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                      )
                     )
                    )
                    (v128.store offset=80 align=4
                     (local.get $40)
                     (local.get $74)
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
                    (local.set $75
                     (v128.load offset=96 align=4
                      (local.get $40)
                     )
                    )
                    (local.set $76
                     (f32x4.convert_i32x4_u
                      (v128.load8_lane 12
                       (i32.add
                        (local.get $22)
                        (i32.shr_u
                         (i32.shl
                          (i32.load
                           (i32.add
                            (i32.const 64145152)
                            (i32.shl
                             (i32.load
                              (i32.add
                               (local.get $14)
                               (i32.shl
                                (i32.add
                                 (local.get $31)
                                 (select
                                  (i32.const 3)
                                  (i32.sub
                                   (local.get $32)
                                   (i32.const 1)
                                  )
                                  (i32.lt_s
                                   (i32.const 3)
                                   (i32.sub
                                    (local.get $32)
                                    (i32.const 1)
                                   )
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
                          (i32.const 2)
                         )
                         (i32.const 2)
                        )
                       )
                       (v128.load8_lane 8
                        (i32.add
                         (local.get $22)
                         (i32.shr_u
                          (i32.shl
                           (i32.load
                            (i32.add
                             (i32.const 64145152)
                             (i32.shl
                              (i32.load
                               (i32.add
                                (local.get $14)
                                (i32.shl
                                 (i32.add
                                  (local.get $31)
                                  (select
                                   (i32.const 2)
                                   (i32.sub
                                    (local.get $32)
                                    (i32.const 1)
                                   )
                                   (i32.lt_s
                                    (i32.const 2)
                                    (i32.sub
                                     (local.get $32)
                                     (i32.const 1)
                                    )
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
                           (i32.const 2)
                          )
                          (i32.const 2)
                         )
                        )
                        (v128.load8_lane 4
                         (i32.add
                          (local.get $22)
                          (i32.shr_u
                           (i32.shl
                            (i32.load
                             (i32.add
                              (i32.const 64145152)
                              (i32.shl
                               (i32.load
                                (i32.add
                                 (local.get $14)
                                 (i32.shl
                                  (i32.add
                                   (local.get $31)
                                   (select
                                    (i32.const 1)
                                    (i32.sub
                                     (local.get $32)
                                     (i32.const 1)
                                    )
                                    (i32.lt_s
                                     (i32.const 1)
                                     (i32.sub
                                      (local.get $32)
                                      (i32.const 1)
                                     )
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
                            (i32.const 2)
                           )
                           (i32.const 2)
                          )
                         )
                         (v128.load8_lane 0
                          (i32.add
                           (local.get $22)
                           (i32.shr_u
                            (i32.shl
                             (i32.load
                              (i32.add
                               (i32.const 64145152)
                               (i32.shl
                                (i32.load
                                 (i32.add
                                  (local.get $14)
                                  (i32.shl
                                   (i32.add
                                    (local.get $31)
                                    (select
                                     (i32.const 0)
                                     (i32.sub
                                      (local.get $32)
                                      (i32.const 1)
                                     )
                                     (i32.lt_s
                                      (i32.const 0)
                                      (i32.sub
                                       (local.get $32)
                                       (i32.const 1)
                                      )
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
                             (i32.const 2)
                            )
                            (i32.const 2)
                           )
                          )
                          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                         )
                        )
                       )
                      )
                     )
                    )
                    (local.set $77
                     (local.get $75)
                    )
                    (local.set $78
                     (v128.bitselect
                      (local.get $77)
                      (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
                      (f32x4.ne
                       (local.get $76)
                       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                      )
                     )
                    )
                    (v128.store offset=96 align=4
                     (local.get $40)
                     (local.get $78)
                    )
                    (local.set $79
                     (v128.load offset=112 align=4
                      (local.get $40)
                     )
                    )
                    (local.set $80
                     (f32x4.convert_i32x4_u
                      (v128.load8_lane 12
                       (i32.add
                        (local.get $22)
                        (i32.shr_u
                         (i32.shl
                          (i32.load
                           (i32.add
                            (i32.const 64145152)
                            (i32.shl
                             (i32.load
                              (i32.add
                               (local.get $14)
                               (i32.shl
                                (i32.add
                                 (local.get $31)
                                 (select
                                  (i32.const 7)
                                  (i32.sub
                                   (local.get $32)
                                   (i32.const 1)
                                  )
                                  (i32.lt_s
                                   (i32.const 7)
                                   (i32.sub
                                    (local.get $32)
                                    (i32.const 1)
                                   )
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
                          (i32.const 2)
                         )
                         (i32.const 2)
                        )
                       )
                       (v128.load8_lane 8
                        (i32.add
                         (local.get $22)
                         (i32.shr_u
                          (i32.shl
                           (i32.load
                            (i32.add
                             (i32.const 64145152)
                             (i32.shl
                              (i32.load
                               (i32.add
                                (local.get $14)
                                (i32.shl
                                 (i32.add
                                  (local.get $31)
                                  (select
                                   (i32.const 6)
                                   (i32.sub
                                    (local.get $32)
                                    (i32.const 1)
                                   )
                                   (i32.lt_s
                                    (i32.const 6)
                                    (i32.sub
                                     (local.get $32)
                                     (i32.const 1)
                                    )
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
                           (i32.const 2)
                          )
                          (i32.const 2)
                         )
                        )
                        (v128.load8_lane 4
                         (i32.add
                          (local.get $22)
                          (i32.shr_u
                           (i32.shl
                            (i32.load
                             (i32.add
                              (i32.const 64145152)
                              (i32.shl
                               (i32.load
                                (i32.add
                                 (local.get $14)
                                 (i32.shl
                                  (i32.add
                                   (local.get $31)
                                   (select
                                    (i32.const 5)
                                    (i32.sub
                                     (local.get $32)
                                     (i32.const 1)
                                    )
                                    (i32.lt_s
                                     (i32.const 5)
                                     (i32.sub
                                      (local.get $32)
                                      (i32.const 1)
                                     )
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
                            (i32.const 2)
                           )
                           (i32.const 2)
                          )
                         )
                         (v128.load8_lane 0
                          (i32.add
                           (local.get $22)
                           (i32.shr_u
                            (i32.shl
                             (i32.load
                              (i32.add
                               (i32.const 64145152)
                               (i32.shl
                                (i32.load
                                 (i32.add
                                  (local.get $14)
                                  (i32.shl
                                   (i32.add
                                    (local.get $31)
                                    (select
                                     (i32.const 4)
                                     (i32.sub
                                      (local.get $32)
                                      (i32.const 1)
                                     )
                                     (i32.lt_s
                                      (i32.const 4)
                                      (i32.sub
                                       (local.get $32)
                                       (i32.const 1)
                                      )
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
                             (i32.const 2)
                            )
                            (i32.const 2)
                           )
                          )
                          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                         )
                        )
                       )
                      )
                     )
                    )
                    (local.set $81
                     (local.get $79)
                    )
                    (local.set $82
                     (v128.bitselect
                      (local.get $81)
                      (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
                      (f32x4.ne
                       (local.get $80)
                       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                      )
                     )
                    )
                    (v128.store offset=112 align=4
                     (local.get $40)
                     (local.get $82)
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
                     (i32.const 64140992)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 64141056)
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
                (block $exit50
                 (local.set $35
                  (i32.const 0)
                 )
                 (local.set $44
                  (local.get $32)
                 )
                 (br_if $exit50
                  (i32.ge_s
                   (local.get $35)
                   (local.get $44)
                  )
                 )
                 (loop $loop51
                  (if
                   (local.get $36)
                   (then
                    (f32.store
                     (i32.add
                      (i32.const 10552320)
                      (i32.shl
                       (i32.add
                        (local.get $34)
                        (i32.load
                         (i32.add
                          (i32.const 64145152)
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
                  (br_if $loop51
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
                     (i32.const 64140992)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 64141056)
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
                (block $exit54
                 (local.set $35
                  (i32.const 0)
                 )
                 (local.set $46
                  (local.get $32)
                 )
                 (br_if $exit54
                  (i32.ge_s
                   (local.get $35)
                   (local.get $46)
                  )
                 )
                 (loop $loop55
                  (if
                   (local.get $36)
                   (then
                    (f32.store
                     (i32.add
                      (i32.const 10552320)
                      (i32.shl
                       (i32.add
                        (local.get $34)
                        (i32.load
                         (i32.add
                          (i32.const 64145152)
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
                  (br_if $loop55
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
                     (i32.const 64140992)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 64141056)
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
                (block $exit58
                 (local.set $35
                  (i32.const 0)
                 )
                 (local.set $48
                  (local.get $32)
                 )
                 (br_if $exit58
                  (i32.ge_s
                   (local.get $35)
                   (local.get $48)
                  )
                 )
                 (loop $loop59
                  (if
                   (local.get $36)
                   (then
                    (f32.store
                     (i32.add
                      (i32.const 10552320)
                      (i32.shl
                       (i32.add
                        (local.get $34)
                        (i32.load
                         (i32.add
                          (i32.const 64145152)
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
                  (br_if $loop59
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
                     (i32.const 64140992)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 64141056)
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
                (block $exit62
                 (local.set $35
                  (i32.const 0)
                 )
                 (local.set $50
                  (local.get $32)
                 )
                 (br_if $exit62
                  (i32.ge_s
                   (local.get $35)
                   (local.get $50)
                  )
                 )
                 (loop $loop63
                  (if
                   (local.get $36)
                   (then
                    (f32.store
                     (i32.add
                      (i32.const 10552320)
                      (i32.shl
                       (i32.add
                        (local.get $34)
                        (i32.load
                         (i32.add
                          (i32.const 64145152)
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
                  (br_if $loop63
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
              (br_if $loop65
               (i32.lt_s
                (local.get $30)
                (local.get $83)
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
            (br_if $loop67
             (i32.lt_s
              (local.get $29)
              (local.get $84)
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
          (br_if $loop69
           (i32.lt_s
            (local.get $27)
            (local.get $85)
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
        (br_if $loop71
         (i32.lt_s
          (local.get $25)
          (local.get $86)
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
      (br_if $loop77
       (i32.lt_s
        (local.get $23)
        (local.get $89)
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
    (br_if $loop79
     (i32.lt_s
      (local.get $7)
      (local.get $90)
     )
    )
   )
  )
 )
 (func $op1_claim (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (block $exit80
   (local.set $10
    (i32.const 0)
   )
   (local.set $12
    (local.get $1)
   )
   (br_if $exit80
    (i32.ge_s
     (local.get $10)
     (local.get $12)
    )
   )
   (loop $loop81
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
      (call $op1
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
    (br_if $loop81
     (i32.lt_s
      (local.get $10)
      (local.get $12)
     )
    )
   )
  )
 )
 (func $op1_prepack (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (block $exit82
   (local.set $2
    (i32.const 0)
   )
   (local.set $4
    (local.get $1)
   )
   (br_if $exit82
    (i32.ge_s
     (local.get $2)
     (local.get $4)
    )
   )
   (loop $loop83
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
      (call $op1_packA
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
    (br_if $loop83
     (i32.lt_s
      (local.get $2)
      (local.get $4)
     )
    )
   )
  )
 )
 (func $op1_rows (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32)
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
  (local $74 i32)
  (local.set $33
   (local.get $0)
  )
  (block $exit88
   (local.set $39
    (i32.const 0)
   )
   (local.set $74
    (local.get $7)
   )
   (br_if $exit88
    (i32.ge_s
     (local.get $39)
     (local.get $74)
    )
   )
   (loop $loop89
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
      (block $exit84
       (local.set $34
        (local.get $33)
       )
       (local.set $40
        (local.get $35)
       )
       (br_if $exit84
        (i32.ge_s
         (local.get $34)
         (local.get $40)
        )
       )
       (loop $loop85
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
        (br_if $loop85
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
      (block $exit86
       (local.set $37
        (local.get $3)
       )
       (local.set $41
        (local.get $38)
       )
       (br_if $exit86
        (i32.ge_s
         (local.get $37)
         (local.get $41)
        )
       )
       (loop $loop87
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
        (br_if $loop87
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
        (i32.const 9503744)
        (i32.add
         (i32.load
          (i32.add
           (i32.const 64128000)
           (i32.shl
            (local.get $13)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 64128064)
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
       )
      )
      (local.set $15
       (i32.add
        (i32.const 9503744)
        (i32.add
         (i32.load
          (i32.add
           (i32.const 64128000)
           (i32.shl
            (local.get $13)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 64128064)
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
       )
      )
      (local.set $16
       (i32.add
        (i32.const 9503744)
        (i32.add
         (i32.load
          (i32.add
           (i32.const 64128000)
           (i32.shl
            (local.get $13)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 64128064)
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
       )
      )
      (local.set $17
       (i32.add
        (i32.const 9503744)
        (i32.add
         (i32.load
          (i32.add
           (i32.const 64128000)
           (i32.shl
            (local.get $13)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 64128064)
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
       )
      )
      (local.set $42
       (local.get $22)
      )
      (local.set $43
       (f32x4.convert_i32x4_u
        (i32x4.extend_low_i16x8_u
         (i16x8.extend_low_i8x16_u
          (v128.load32_zero align=1
           (i32.add
            (local.get $14)
            (i32.shr_u
             (local.get $8)
             (i32.const 2)
            )
           )
          )
         )
        )
       )
      )
      (local.set $44
       (local.get $42)
      )
      (local.set $45
       (v128.bitselect
        (local.get $44)
        (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
        (f32x4.ne
         (local.get $43)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
       )
      )
      (local.set $22
       (local.get $45)
      )
      (local.set $46
       (local.get $23)
      )
      (local.set $47
       (f32x4.convert_i32x4_u
        (i32x4.extend_low_i16x8_u
         (i16x8.extend_low_i8x16_u
          (v128.load32_zero align=1
           (i32.add
            (local.get $14)
            (i32.shr_u
             (i32.add
              (local.get $8)
              (i32.const 16)
             )
             (i32.const 2)
            )
           )
          )
         )
        )
       )
      )
      (local.set $48
       (local.get $46)
      )
      (local.set $49
       (v128.bitselect
        (local.get $48)
        (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
        (f32x4.ne
         (local.get $47)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
       )
      )
      (local.set $23
       (local.get $49)
      )
      (local.set $50
       (local.get $24)
      )
      (local.set $51
       (f32x4.convert_i32x4_u
        (i32x4.extend_low_i16x8_u
         (i16x8.extend_low_i8x16_u
          (v128.load32_zero align=1
           (i32.add
            (local.get $15)
            (i32.shr_u
             (local.get $8)
             (i32.const 2)
            )
           )
          )
         )
        )
       )
      )
      (local.set $52
       (local.get $50)
      )
      (local.set $53
       (v128.bitselect
        (local.get $52)
        (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
        (f32x4.ne
         (local.get $51)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
       )
      )
      (local.set $24
       (local.get $53)
      )
      (local.set $54
       (local.get $25)
      )
      (local.set $55
       (f32x4.convert_i32x4_u
        (i32x4.extend_low_i16x8_u
         (i16x8.extend_low_i8x16_u
          (v128.load32_zero align=1
           (i32.add
            (local.get $15)
            (i32.shr_u
             (i32.add
              (local.get $8)
              (i32.const 16)
             )
             (i32.const 2)
            )
           )
          )
         )
        )
       )
      )
      (local.set $56
       (local.get $54)
      )
      (local.set $57
       (v128.bitselect
        (local.get $56)
        (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
        (f32x4.ne
         (local.get $55)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
       )
      )
      (local.set $25
       (local.get $57)
      )
      (local.set $58
       (local.get $26)
      )
      (local.set $59
       (f32x4.convert_i32x4_u
        (i32x4.extend_low_i16x8_u
         (i16x8.extend_low_i8x16_u
          (v128.load32_zero align=1
           (i32.add
            (local.get $16)
            (i32.shr_u
             (local.get $8)
             (i32.const 2)
            )
           )
          )
         )
        )
       )
      )
      (local.set $60
       (local.get $58)
      )
      (local.set $61
       (v128.bitselect
        (local.get $60)
        (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
        (f32x4.ne
         (local.get $59)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
       )
      )
      (local.set $26
       (local.get $61)
      )
      (local.set $62
       (local.get $27)
      )
      (local.set $63
       (f32x4.convert_i32x4_u
        (i32x4.extend_low_i16x8_u
         (i16x8.extend_low_i8x16_u
          (v128.load32_zero align=1
           (i32.add
            (local.get $16)
            (i32.shr_u
             (i32.add
              (local.get $8)
              (i32.const 16)
             )
             (i32.const 2)
            )
           )
          )
         )
        )
       )
      )
      (local.set $64
       (local.get $62)
      )
      (local.set $65
       (v128.bitselect
        (local.get $64)
        (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
        (f32x4.ne
         (local.get $63)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
       )
      )
      (local.set $27
       (local.get $65)
      )
      (local.set $66
       (local.get $28)
      )
      (local.set $67
       (f32x4.convert_i32x4_u
        (i32x4.extend_low_i16x8_u
         (i16x8.extend_low_i8x16_u
          (v128.load32_zero align=1
           (i32.add
            (local.get $17)
            (i32.shr_u
             (local.get $8)
             (i32.const 2)
            )
           )
          )
         )
        )
       )
      )
      (local.set $68
       (local.get $66)
      )
      (local.set $69
       (v128.bitselect
        (local.get $68)
        (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
        (f32x4.ne
         (local.get $67)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
       )
      )
      (local.set $28
       (local.get $69)
      )
      (local.set $70
       (local.get $29)
      )
      (local.set $71
       (f32x4.convert_i32x4_u
        (i32x4.extend_low_i16x8_u
         (i16x8.extend_low_i8x16_u
          (v128.load32_zero align=1
           (i32.add
            (local.get $17)
            (i32.shr_u
             (i32.add
              (local.get $8)
              (i32.const 16)
             )
             (i32.const 2)
            )
           )
          )
         )
        )
       )
      )
      (local.set $72
       (local.get $70)
      )
      (local.set $73
       (v128.bitselect
        (local.get $72)
        (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
        (f32x4.ne
         (local.get $71)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
       )
      )
      (local.set $29
       (local.get $73)
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
    (br_if $loop89
     (i32.lt_s
      (local.get $39)
      (local.get $74)
     )
    )
   )
  )
 )
 (func $op1_shared (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32)
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
  (local $98 i32)
  (local $99 i32)
  (local $100 i32)
  (local $101 i32)
  (local $102 i32)
  (local $103 i32)
  (local $104 i32)
  (local $105 i32)
  (local $106 i32)
  (local $107 i32)
  (local $108 i32)
  (local $109 i32)
  (local $110 i32)
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
  (block $exit126
   (local.set $16
    (i32.const 0)
   )
   (local.set $110
    (local.get $1)
   )
   (br_if $exit126
    (i32.ge_s
     (local.get $16)
     (local.get $110)
    )
   )
   (loop $loop127
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
      (block $exit124
       (local.set $17
        (i32.const 0)
       )
       (local.set $109
        (local.get $11)
       )
       (br_if $exit124
        (i32.ge_s
         (local.get $17)
         (local.get $109)
        )
       )
       (loop $loop125
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
         (block $exit118
          (local.set $19
           (local.get $18)
          )
          (local.set $105
           (local.get $11)
          )
          (br_if $exit118
           (i32.ge_s
            (local.get $19)
            (local.get $105)
           )
          )
          (loop $loop119
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
           (br_if $loop119
            (i32.lt_s
             (local.get $19)
             (local.get $105)
            )
           )
          )
         )
        )
        (if
         (local.get $14)
         (then
          (block $exit120
           (local.set $19
            (local.get $17)
           )
           (local.set $106
            (local.get $18)
           )
           (br_if $exit120
            (i32.ge_s
             (local.get $19)
             (local.get $106)
            )
           )
           (loop $loop121
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
              (call $op1_packA
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
            (br_if $loop121
             (i32.lt_s
              (local.get $19)
              (local.get $106)
             )
            )
           )
          )
         )
        )
        (block $exit122
         (local.set $22
          (local.get $12)
         )
         (local.set $107
          (local.get $13)
         )
         (local.set $108
          (local.get $7)
         )
         (br_if $exit122
          (i32.ge_s
           (local.get $22)
           (local.get $107)
          )
         )
         (loop $loop123
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
          (block $exit116
           (local.set $24
            (i32.const 0)
           )
           (local.set $103
            (select
             (i32.const 1)
             (local.get $47)
             (local.get $5)
            )
           )
           (local.set $104
            (local.get $6)
           )
           (br_if $exit116
            (i32.ge_s
             (local.get $24)
             (local.get $103)
            )
           )
           (loop $loop117
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
              (call $op1_packB
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
            (block $exit114
             (local.set $19
              (local.get $17)
             )
             (local.set $102
              (local.get $18)
             )
             (br_if $exit114
              (i32.ge_s
               (local.get $19)
               (local.get $102)
              )
             )
             (loop $loop115
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
                 (block $exit108
                  (local.set $30
                   (i32.const 0)
                  )
                  (local.set $99
                   (i32.const 32)
                  )
                  (br_if $exit108
                   (i32.ge_s
                    (local.get $30)
                    (local.get $99)
                   )
                  )
                  (loop $loop109
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
                   (br_if $loop109
                    (i32.lt_s
                     (local.get $30)
                     (local.get $99)
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
                 (block $exit110
                  (local.set $30
                   (i32.const 0)
                  )
                  (local.set $100
                   (i32.const 32)
                  )
                  (br_if $exit110
                   (i32.ge_s
                    (local.get $30)
                    (local.get $100)
                   )
                  )
                  (loop $loop111
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
                   (br_if $loop111
                    (i32.lt_s
                     (local.get $30)
                     (local.get $100)
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
                (block $exit112
                 (local.set $31
                  (i32.const 0)
                 )
                 (local.set $101
                  (i32.div_s
                   (i32.add
                    (local.get $23)
                    (i32.const 7)
                   )
                   (i32.const 8)
                  )
                 )
                 (br_if $exit112
                  (i32.ge_s
                   (local.get $31)
                   (local.get $101)
                  )
                 )
                 (loop $loop113
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
                     (i32.const 0)
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
                    (call $op1_rows
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
                        (i32.const 64145152)
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
                    (block $exit106
                     (local.set $32
                      (i32.const 0)
                     )
                     (local.set $98
                      (i32.div_s
                       (i32.add
                        (local.get $39)
                        (i32.const 3)
                       )
                       (i32.const 4)
                      )
                     )
                     (br_if $exit106
                      (i32.ge_s
                       (local.get $32)
                       (local.get $98)
                      )
                     )
                     (loop $loop107
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
                           (i32.const 64140992)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 64141056)
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
                      (block $exit90
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $58
                        (i32.const 8)
                       )
                       (br_if $exit90
                        (i32.ge_s
                         (local.get $42)
                         (local.get $58)
                        )
                       )
                       (loop $loop91
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
                            (i32.const 10552320)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 64145152)
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
                           (i32.const 64140992)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 64141056)
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
                      (block $exit94
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $60
                        (i32.const 8)
                       )
                       (br_if $exit94
                        (i32.ge_s
                         (local.get $42)
                         (local.get $60)
                        )
                       )
                       (loop $loop95
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
                            (i32.const 10552320)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 64145152)
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
                        (br_if $loop95
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
                           (i32.const 64140992)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 64141056)
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
                      (block $exit98
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $62
                        (i32.const 8)
                       )
                       (br_if $exit98
                        (i32.ge_s
                         (local.get $42)
                         (local.get $62)
                        )
                       )
                       (loop $loop99
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
                            (i32.const 10552320)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 64145152)
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
                        (br_if $loop99
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
                           (i32.const 64140992)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 64141056)
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
                      (block $exit102
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $64
                        (i32.const 8)
                       )
                       (br_if $exit102
                        (i32.ge_s
                         (local.get $42)
                         (local.get $64)
                        )
                       )
                       (loop $loop103
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
                            (i32.const 10552320)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 64145152)
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
                        (br_if $loop103
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
                          (i32.const 9503744)
                          (i32.add
                           (i32.load
                            (i32.add
                             (i32.const 64128000)
                             (i32.shl
                              (local.get $21)
                              (i32.const 2)
                             )
                            )
                           )
                           (i32.load
                            (i32.add
                             (i32.const 64128064)
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
                         )
                        )
                        (local.set $55
                         (i32.add
                          (i32.const 9503744)
                          (i32.add
                           (i32.load
                            (i32.add
                             (i32.const 64128000)
                             (i32.shl
                              (local.get $21)
                              (i32.const 2)
                             )
                            )
                           )
                           (i32.load
                            (i32.add
                             (i32.const 64128064)
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
                         )
                        )
                        (local.set $56
                         (i32.add
                          (i32.const 9503744)
                          (i32.add
                           (i32.load
                            (i32.add
                             (i32.const 64128000)
                             (i32.shl
                              (local.get $21)
                              (i32.const 2)
                             )
                            )
                           )
                           (i32.load
                            (i32.add
                             (i32.const 64128064)
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
                         )
                        )
                        (local.set $57
                         (i32.add
                          (i32.const 9503744)
                          (i32.add
                           (i32.load
                            (i32.add
                             (i32.const 64128000)
                             (i32.shl
                              (local.get $21)
                              (i32.const 2)
                             )
                            )
                           )
                           (i32.load
                            (i32.add
                             (i32.const 64128064)
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
                           (f32x4.convert_i32x4_u
                            (v128.load8_lane 12
                             (i32.add
                              (local.get $54)
                              (i32.shr_u
                               (i32.shl
                                (i32.load
                                 (i32.add
                                  (i32.const 64145152)
                                  (i32.shl
                                   (i32.add
                                    (local.get $33)
                                    (select
                                     (i32.const 3)
                                     (i32.sub
                                      (local.get $34)
                                      (i32.const 1)
                                     )
                                     (i32.lt_s
                                      (i32.const 3)
                                      (i32.sub
                                       (local.get $34)
                                       (i32.const 1)
                                      )
                                     )
                                    )
                                   )
                                   (i32.const 2)
                                  )
                                 )
                                )
                                (i32.const 2)
                               )
                               (i32.const 2)
                              )
                             )
                             (v128.load8_lane 8
                              (i32.add
                               (local.get $54)
                               (i32.shr_u
                                (i32.shl
                                 (i32.load
                                  (i32.add
                                   (i32.const 64145152)
                                   (i32.shl
                                    (i32.add
                                     (local.get $33)
                                     (select
                                      (i32.const 2)
                                      (i32.sub
                                       (local.get $34)
                                       (i32.const 1)
                                      )
                                      (i32.lt_s
                                       (i32.const 2)
                                       (i32.sub
                                        (local.get $34)
                                        (i32.const 1)
                                       )
                                      )
                                     )
                                    )
                                    (i32.const 2)
                                   )
                                  )
                                 )
                                 (i32.const 2)
                                )
                                (i32.const 2)
                               )
                              )
                              (v128.load8_lane 4
                               (i32.add
                                (local.get $54)
                                (i32.shr_u
                                 (i32.shl
                                  (i32.load
                                   (i32.add
                                    (i32.const 64145152)
                                    (i32.shl
                                     (i32.add
                                      (local.get $33)
                                      (select
                                       (i32.const 1)
                                       (i32.sub
                                        (local.get $34)
                                        (i32.const 1)
                                       )
                                       (i32.lt_s
                                        (i32.const 1)
                                        (i32.sub
                                         (local.get $34)
                                         (i32.const 1)
                                        )
                                       )
                                      )
                                     )
                                     (i32.const 2)
                                    )
                                   )
                                  )
                                  (i32.const 2)
                                 )
                                 (i32.const 2)
                                )
                               )
                               (v128.load8_lane 0
                                (i32.add
                                 (local.get $54)
                                 (i32.shr_u
                                  (i32.shl
                                   (i32.load
                                    (i32.add
                                     (i32.const 64145152)
                                     (i32.shl
                                      (i32.add
                                       (local.get $33)
                                       (select
                                        (i32.const 0)
                                        (i32.sub
                                         (local.get $34)
                                         (i32.const 1)
                                        )
                                        (i32.lt_s
                                         (i32.const 0)
                                         (i32.sub
                                          (local.get $34)
                                          (i32.const 1)
                                         )
                                        )
                                       )
                                      )
                                      (i32.const 2)
                                     )
                                    )
                                   )
                                   (i32.const 2)
                                  )
                                  (i32.const 2)
                                 )
                                )
                                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                               )
                              )
                             )
                            )
                           )
                          )
                          (local.set $68
                           (local.get $66)
                          )
                          (local.set $69
                           (v128.bitselect
                            (local.get $68)
                            (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
                            (f32x4.ne
                             (local.get $67)
                             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                            )
                           )
                          )
                          (v128.store align=4
                           (local.get $50)
                           (local.get $69)
                          )
                          (local.set $70
                           (v128.load offset=16 align=4
                            (local.get $50)
                           )
                          )
                          (local.set $71
                           (f32x4.convert_i32x4_u
                            (v128.load8_lane 12
                             (i32.add
                              (local.get $54)
                              (i32.shr_u
                               (i32.shl
                                (i32.load
                                 (i32.add
                                  (i32.const 64145152)
                                  (i32.shl
                                   (i32.add
                                    (local.get $33)
                                    (select
                                     (i32.const 7)
                                     (i32.sub
                                      (local.get $34)
                                      (i32.const 1)
                                     )
                                     (i32.lt_s
                                      (i32.const 7)
                                      (i32.sub
                                       (local.get $34)
                                       (i32.const 1)
                                      )
                                     )
                                    )
                                   )
                                   (i32.const 2)
                                  )
                                 )
                                )
                                (i32.const 2)
                               )
                               (i32.const 2)
                              )
                             )
                             (v128.load8_lane 8
                              (i32.add
                               (local.get $54)
                               (i32.shr_u
                                (i32.shl
                                 (i32.load
                                  (i32.add
                                   (i32.const 64145152)
                                   (i32.shl
                                    (i32.add
                                     (local.get $33)
                                     (select
                                      (i32.const 6)
                                      (i32.sub
                                       (local.get $34)
                                       (i32.const 1)
                                      )
                                      (i32.lt_s
                                       (i32.const 6)
                                       (i32.sub
                                        (local.get $34)
                                        (i32.const 1)
                                       )
                                      )
                                     )
                                    )
                                    (i32.const 2)
                                   )
                                  )
                                 )
                                 (i32.const 2)
                                )
                                (i32.const 2)
                               )
                              )
                              (v128.load8_lane 4
                               (i32.add
                                (local.get $54)
                                (i32.shr_u
                                 (i32.shl
                                  (i32.load
                                   (i32.add
                                    (i32.const 64145152)
                                    (i32.shl
                                     (i32.add
                                      (local.get $33)
                                      (select
                                       (i32.const 5)
                                       (i32.sub
                                        (local.get $34)
                                        (i32.const 1)
                                       )
                                       (i32.lt_s
                                        (i32.const 5)
                                        (i32.sub
                                         (local.get $34)
                                         (i32.const 1)
                                        )
                                       )
                                      )
                                     )
                                     (i32.const 2)
                                    )
                                   )
                                  )
                                  (i32.const 2)
                                 )
                                 (i32.const 2)
                                )
                               )
                               (v128.load8_lane 0
                                (i32.add
                                 (local.get $54)
                                 (i32.shr_u
                                  (i32.shl
                                   (i32.load
                                    (i32.add
                                     (i32.const 64145152)
                                     (i32.shl
                                      (i32.add
                                       (local.get $33)
                                       (select
                                        (i32.const 4)
                                        (i32.sub
                                         (local.get $34)
                                         (i32.const 1)
                                        )
                                        (i32.lt_s
                                         (i32.const 4)
                                         (i32.sub
                                          (local.get $34)
                                          (i32.const 1)
                                         )
                                        )
                                       )
                                      )
                                      (i32.const 2)
                                     )
                                    )
                                   )
                                   (i32.const 2)
                                  )
                                  (i32.const 2)
                                 )
                                )
                                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                               )
                              )
                             )
                            )
                           )
                          )
                          (local.set $72
                           (local.get $70)
                          )
                          (local.set $73
                           (v128.bitselect
                            (local.get $72)
                            (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
                            (f32x4.ne
                             (local.get $71)
                             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                            )
                           )
                          )
                          (v128.store offset=16 align=4
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
                           (i32.const 1)
                          )
                          (local.get $39)
                         )
                         (then
                          (local.set $74
                           (v128.load offset=32 align=4
                            (local.get $50)
                           )
                          )
                          (local.set $75
                           (f32x4.convert_i32x4_u
                            (v128.load8_lane 12
                             (i32.add
                              (local.get $55)
                              (i32.shr_u
                               (i32.shl
                                (i32.load
                                 (i32.add
                                  (i32.const 64145152)
                                  (i32.shl
                                   (i32.add
                                    (local.get $33)
                                    (select
                                     (i32.const 3)
                                     (i32.sub
                                      (local.get $34)
                                      (i32.const 1)
                                     )
                                     (i32.lt_s
                                      (i32.const 3)
                                      (i32.sub
                                       (local.get $34)
                                       (i32.const 1)
                                      )
                                     )
                                    )
                                   )
                                   (i32.const 2)
                                  )
                                 )
                                )
                                (i32.const 2)
                               )
                               (i32.const 2)
                              )
                             )
                             (v128.load8_lane 8
                              (i32.add
                               (local.get $55)
                               (i32.shr_u
                                (i32.shl
                                 (i32.load
                                  (i32.add
                                   (i32.const 64145152)
                                   (i32.shl
                                    (i32.add
                                     (local.get $33)
                                     (select
                                      (i32.const 2)
                                      (i32.sub
                                       (local.get $34)
                                       (i32.const 1)
                                      )
                                      (i32.lt_s
                                       (i32.const 2)
                                       (i32.sub
                                        (local.get $34)
                                        (i32.const 1)
                                       )
                                      )
                                     )
                                    )
                                    (i32.const 2)
                                   )
                                  )
                                 )
                                 (i32.const 2)
                                )
                                (i32.const 2)
                               )
                              )
                              (v128.load8_lane 4
                               (i32.add
                                (local.get $55)
                                (i32.shr_u
                                 (i32.shl
                                  (i32.load
                                   (i32.add
                                    (i32.const 64145152)
                                    (i32.shl
                                     (i32.add
                                      (local.get $33)
                                      (select
                                       (i32.const 1)
                                       (i32.sub
                                        (local.get $34)
                                        (i32.const 1)
                                       )
                                       (i32.lt_s
                                        (i32.const 1)
                                        (i32.sub
                                         (local.get $34)
                                         (i32.const 1)
                                        )
                                       )
                                      )
                                     )
                                     (i32.const 2)
                                    )
                                   )
                                  )
                                  (i32.const 2)
                                 )
                                 (i32.const 2)
                                )
                               )
                               (v128.load8_lane 0
                                (i32.add
                                 (local.get $55)
                                 (i32.shr_u
                                  (i32.shl
                                   (i32.load
                                    (i32.add
                                     (i32.const 64145152)
                                     (i32.shl
                                      (i32.add
                                       (local.get $33)
                                       (select
                                        (i32.const 0)
                                        (i32.sub
                                         (local.get $34)
                                         (i32.const 1)
                                        )
                                        (i32.lt_s
                                         (i32.const 0)
                                         (i32.sub
                                          (local.get $34)
                                          (i32.const 1)
                                         )
                                        )
                                       )
                                      )
                                      (i32.const 2)
                                     )
                                    )
                                   )
                                   (i32.const 2)
                                  )
                                  (i32.const 2)
                                 )
                                )
                                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                               )
                              )
                             )
                            )
                           )
                          )
                          (local.set $76
                           (local.get $74)
                          )
                          (local.set $77
                           (v128.bitselect
                            (local.get $76)
                            (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
                            (f32x4.ne
                             (local.get $75)
                             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                            )
                           )
                          )
                          (v128.store offset=32 align=4
                           (local.get $50)
                           (local.get $77)
                          )
                          (local.set $78
                           (v128.load offset=48 align=4
                            (local.get $50)
                           )
                          )
                          (local.set $79
                           (f32x4.convert_i32x4_u
                            (v128.load8_lane 12
                             (i32.add
                              (local.get $55)
                              (i32.shr_u
                               (i32.shl
                                (i32.load
                                 (i32.add
                                  (i32.const 64145152)
                                  (i32.shl
                                   (i32.add
                                    (local.get $33)
                                    (select
                                     (i32.const 7)
                                     (i32.sub
                                      (local.get $34)
                                      (i32.const 1)
                                     )
                                     (i32.lt_s
                                      (i32.const 7)
                                      (i32.sub
                                       (local.get $34)
                                       (i32.const 1)
                                      )
                                     )
                                    )
                                   )
                                   (i32.const 2)
                                  )
                                 )
                                )
                                (i32.const 2)
                               )
                               (i32.const 2)
                              )
                             )
                             (v128.load8_lane 8
                              (i32.add
                               (local.get $55)
                               (i32.shr_u
                                (i32.shl
                                 (i32.load
                                  (i32.add
                                   (i32.const 64145152)
                                   (i32.shl
                                    (i32.add
                                     (local.get $33)
                                     (select
                                      (i32.const 6)
                                      (i32.sub
                                       (local.get $34)
                                       (i32.const 1)
                                      )
                                      (i32.lt_s
                                       (i32.const 6)
                                       (i32.sub
                                        (local.get $34)
                                        (i32.const 1)
                                       )
                                      )
                                     )
                                    )
                                    (i32.const 2)
                                   )
                                  )
                                 )
                                 (i32.const 2)
                                )
                                (i32.const 2)
                               )
                              )
                              (v128.load8_lane 4
                               (i32.add
                                (local.get $55)
                                (i32.shr_u
                                 (i32.shl
                                  (i32.load
                                   (i32.add
                                    (i32.const 64145152)
                                    (i32.shl
                                     (i32.add
                                      (local.get $33)
                                      (select
                                       (i32.const 5)
                                       (i32.sub
                                        (local.get $34)
                                        (i32.const 1)
                                       )
                                       (i32.lt_s
                                        (i32.const 5)
                                        (i32.sub
                                         (local.get $34)
                                         (i32.const 1)
                                        )
                                       )
                                      )
                                     )
                                     (i32.const 2)
                                    )
                                   )
                                  )
                                  (i32.const 2)
                                 )
                                 (i32.const 2)
                                )
                               )
                               (v128.load8_lane 0
                                (i32.add
                                 (local.get $55)
                                 (i32.shr_u
                                  (i32.shl
                                   (i32.load
                                    (i32.add
                                     (i32.const 64145152)
                                     (i32.shl
                                      (i32.add
                                       (local.get $33)
                                       (select
                                        (i32.const 4)
                                        (i32.sub
                                         (local.get $34)
                                         (i32.const 1)
                                        )
                                        (i32.lt_s
                                         (i32.const 4)
                                         (i32.sub
                                          (local.get $34)
                                          (i32.const 1)
                                         )
                                        )
                                       )
                                      )
                                      (i32.const 2)
                                     )
                                    )
                                   )
                                   (i32.const 2)
                                  )
                                  (i32.const 2)
                                 )
                                )
                                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                               )
                              )
                             )
                            )
                           )
                          )
                          (local.set $80
                           (local.get $78)
                          )
                          (local.set $81
                           (v128.bitselect
                            (local.get $80)
                            (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
                            (f32x4.ne
                             (local.get $79)
                             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                            )
                           )
                          )
                          (v128.store offset=48 align=4
                           (local.get $50)
                           (local.get $81)
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
                          (local.set $82
                           (v128.load offset=64 align=4
                            (local.get $50)
                           )
                          )
                          (local.set $83
                           (f32x4.convert_i32x4_u
                            (v128.load8_lane 12
                             (i32.add
                              (local.get $56)
                              (i32.shr_u
                               (i32.shl
                                (i32.load
                                 (i32.add
                                  (i32.const 64145152)
                                  (i32.shl
                                   (i32.add
                                    (local.get $33)
                                    (select
                                     (i32.const 3)
                                     (i32.sub
                                      (local.get $34)
                                      (i32.const 1)
                                     )
                                     (i32.lt_s
                                      (i32.const 3)
                                      (i32.sub
                                       (local.get $34)
                                       (i32.const 1)
                                      )
                                     )
                                    )
                                   )
                                   (i32.const 2)
                                  )
                                 )
                                )
                                (i32.const 2)
                               )
                               (i32.const 2)
                              )
                             )
                             (v128.load8_lane 8
                              (i32.add
                               (local.get $56)
                               (i32.shr_u
                                (i32.shl
                                 (i32.load
                                  (i32.add
                                   (i32.const 64145152)
                                   (i32.shl
                                    (i32.add
                                     (local.get $33)
                                     (select
                                      (i32.const 2)
                                      (i32.sub
                                       (local.get $34)
                                       (i32.const 1)
                                      )
                                      (i32.lt_s
                                       (i32.const 2)
                                       (i32.sub
                                        (local.get $34)
                                        (i32.const 1)
                                       )
                                      )
                                     )
                                    )
                                    (i32.const 2)
                                   )
                                  )
                                 )
                                 (i32.const 2)
                                )
                                (i32.const 2)
                               )
                              )
                              (v128.load8_lane 4
                               (i32.add
                                (local.get $56)
                                (i32.shr_u
                                 (i32.shl
                                  (i32.load
                                   (i32.add
                                    (i32.const 64145152)
                                    (i32.shl
                                     (i32.add
                                      (local.get $33)
                                      (select
                                       (i32.const 1)
                                       (i32.sub
                                        (local.get $34)
                                        (i32.const 1)
                                       )
                                       (i32.lt_s
                                        (i32.const 1)
                                        (i32.sub
                                         (local.get $34)
                                         (i32.const 1)
                                        )
                                       )
                                      )
                                     )
                                     (i32.const 2)
                                    )
                                   )
                                  )
                                  (i32.const 2)
                                 )
                                 (i32.const 2)
                                )
                               )
                               (v128.load8_lane 0
                                (i32.add
                                 (local.get $56)
                                 (i32.shr_u
                                  (i32.shl
                                   (i32.load
                                    (i32.add
                                     (i32.const 64145152)
                                     (i32.shl
                                      (i32.add
                                       (local.get $33)
                                       (select
                                        (i32.const 0)
                                        (i32.sub
                                         (local.get $34)
                                         (i32.const 1)
                                        )
                                        (i32.lt_s
                                         (i32.const 0)
                                         (i32.sub
                                          (local.get $34)
                                          (i32.const 1)
                                         )
                                        )
                                       )
                                      )
                                      (i32.const 2)
                                     )
                                    )
                                   )
                                   (i32.const 2)
                                  )
                                  (i32.const 2)
                                 )
                                )
                                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                               )
                              )
                             )
                            )
                           )
                          )
                          (local.set $84
                           (local.get $82)
                          )
                          (local.set $85
                           (v128.bitselect
                            (local.get $84)
                            (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
                            (f32x4.ne
                             (local.get $83)
                             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                            )
                           )
                          )
                          (v128.store offset=64 align=4
                           (local.get $50)
                           (local.get $85)
                          )
                          (local.set $86
                           (v128.load offset=80 align=4
                            (local.get $50)
                           )
                          )
                          (local.set $87
                           (f32x4.convert_i32x4_u
                            (v128.load8_lane 12
                             (i32.add
                              (local.get $56)
                              (i32.shr_u
                               (i32.shl
                                (i32.load
                                 (i32.add
                                  (i32.const 64145152)
                                  (i32.shl
                                   (i32.add
                                    (local.get $33)
                                    (select
                                     (i32.const 7)
                                     (i32.sub
                                      (local.get $34)
                                      (i32.const 1)
                                     )
                                     (i32.lt_s
                                      (i32.const 7)
                                      (i32.sub
                                       (local.get $34)
                                       (i32.const 1)
                                      )
                                     )
                                    )
                                   )
                                   (i32.const 2)
                                  )
                                 )
                                )
                                (i32.const 2)
                               )
                               (i32.const 2)
                              )
                             )
                             (v128.load8_lane 8
                              (i32.add
                               (local.get $56)
                               (i32.shr_u
                                (i32.shl
                                 (i32.load
                                  (i32.add
                                   (i32.const 64145152)
                                   (i32.shl
                                    (i32.add
                                     (local.get $33)
                                     (select
                                      (i32.const 6)
                                      (i32.sub
                                       (local.get $34)
                                       (i32.const 1)
                                      )
                                      (i32.lt_s
                                       (i32.const 6)
                                       (i32.sub
                                        (local.get $34)
                                        (i32.const 1)
                                       )
                                      )
                                     )
                                    )
                                    (i32.const 2)
                                   )
                                  )
                                 )
                                 (i32.const 2)
                                )
                                (i32.const 2)
                               )
                              )
                              (v128.load8_lane 4
                               (i32.add
                                (local.get $56)
                                (i32.shr_u
                                 (i32.shl
                                  (i32.load
                                   (i32.add
                                    (i32.const 64145152)
                                    (i32.shl
                                     (i32.add
                                      (local.get $33)
                                      (select
                                       (i32.const 5)
                                       (i32.sub
                                        (local.get $34)
                                        (i32.const 1)
                                       )
                                       (i32.lt_s
                                        (i32.const 5)
                                        (i32.sub
                                         (local.get $34)
                                         (i32.const 1)
                                        )
                                       )
                                      )
                                     )
                                     (i32.const 2)
                                    )
                                   )
                                  )
                                  (i32.const 2)
                                 )
                                 (i32.const 2)
                                )
                               )
                               (v128.load8_lane 0
                                (i32.add
                                 (local.get $56)
                                 (i32.shr_u
                                  (i32.shl
                                   (i32.load
                                    (i32.add
                                     (i32.const 64145152)
                                     (i32.shl
                                      (i32.add
                                       (local.get $33)
                                       (select
                                        (i32.const 4)
                                        (i32.sub
                                         (local.get $34)
                                         (i32.const 1)
                                        )
                                        (i32.lt_s
                                         (i32.const 4)
                                         (i32.sub
                                          (local.get $34)
                                          (i32.const 1)
                                         )
                                        )
                                       )
                                      )
                                      (i32.const 2)
                                     )
                                    )
                                   )
                                   (i32.const 2)
                                  )
                                  (i32.const 2)
                                 )
                                )
                                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                               )
                              )
                             )
                            )
                           )
                          )
                          (local.set $88
                           (local.get $86)
                          )
                          (local.set $89
                           (v128.bitselect
                            (local.get $88)
                            (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
                            (f32x4.ne
                             (local.get $87)
                             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                            )
                           )
                          )
                          (v128.store offset=80 align=4
                           (local.get $50)
                           (local.get $89)
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
                          (local.set $90
                           (v128.load offset=96 align=4
                            (local.get $50)
                           )
                          )
                          (local.set $91
                           (f32x4.convert_i32x4_u
                            (v128.load8_lane 12
                             (i32.add
                              (local.get $57)
                              (i32.shr_u
                               (i32.shl
                                (i32.load
                                 (i32.add
                                  (i32.const 64145152)
                                  (i32.shl
                                   (i32.add
                                    (local.get $33)
                                    (select
                                     (i32.const 3)
                                     (i32.sub
                                      (local.get $34)
                                      (i32.const 1)
                                     )
                                     (i32.lt_s
                                      (i32.const 3)
                                      (i32.sub
                                       (local.get $34)
                                       (i32.const 1)
                                      )
                                     )
                                    )
                                   )
                                   (i32.const 2)
                                  )
                                 )
                                )
                                (i32.const 2)
                               )
                               (i32.const 2)
                              )
                             )
                             (v128.load8_lane 8
                              (i32.add
                               (local.get $57)
                               (i32.shr_u
                                (i32.shl
                                 (i32.load
                                  (i32.add
                                   (i32.const 64145152)
                                   (i32.shl
                                    (i32.add
                                     (local.get $33)
                                     (select
                                      (i32.const 2)
                                      (i32.sub
                                       (local.get $34)
                                       (i32.const 1)
                                      )
                                      (i32.lt_s
                                       (i32.const 2)
                                       (i32.sub
                                        (local.get $34)
                                        (i32.const 1)
                                       )
                                      )
                                     )
                                    )
                                    (i32.const 2)
                                   )
                                  )
                                 )
                                 (i32.const 2)
                                )
                                (i32.const 2)
                               )
                              )
                              (v128.load8_lane 4
                               (i32.add
                                (local.get $57)
                                (i32.shr_u
                                 (i32.shl
                                  (i32.load
                                   (i32.add
                                    (i32.const 64145152)
                                    (i32.shl
                                     (i32.add
                                      (local.get $33)
                                      (select
                                       (i32.const 1)
                                       (i32.sub
                                        (local.get $34)
                                        (i32.const 1)
                                       )
                                       (i32.lt_s
                                        (i32.const 1)
                                        (i32.sub
                                         (local.get $34)
                                         (i32.const 1)
                                        )
                                       )
                                      )
                                     )
                                     (i32.const 2)
                                    )
                                   )
                                  )
                                  (i32.const 2)
                                 )
                                 (i32.const 2)
                                )
                               )
                               (v128.load8_lane 0
                                (i32.add
                                 (local.get $57)
                                 (i32.shr_u
                                  (i32.shl
                                   (i32.load
                                    (i32.add
                                     (i32.const 64145152)
                                     (i32.shl
                                      (i32.add
                                       (local.get $33)
                                       (select
                                        (i32.const 0)
                                        (i32.sub
                                         (local.get $34)
                                         (i32.const 1)
                                        )
                                        (i32.lt_s
                                         (i32.const 0)
                                         (i32.sub
                                          (local.get $34)
                                          (i32.const 1)
                                         )
                                        )
                                       )
                                      )
                                      (i32.const 2)
                                     )
                                    )
                                   )
                                   (i32.const 2)
                                  )
                                  (i32.const 2)
                                 )
                                )
                                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                               )
                              )
                             )
                            )
                           )
                          )
                          (local.set $92
                           (local.get $90)
                          )
                          (local.set $93
                           (v128.bitselect
                            (local.get $92)
                            (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
                            (f32x4.ne
                             (local.get $91)
                             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                            )
                           )
                          )
                          (v128.store offset=96 align=4
                           (local.get $50)
                           (local.get $93)
                          )
                          (local.set $94
                           (v128.load offset=112 align=4
                            (local.get $50)
                           )
                          )
                          (local.set $95
                           (f32x4.convert_i32x4_u
                            (v128.load8_lane 12
                             (i32.add
                              (local.get $57)
                              (i32.shr_u
                               (i32.shl
                                (i32.load
                                 (i32.add
                                  (i32.const 64145152)
                                  (i32.shl
                                   (i32.add
                                    (local.get $33)
                                    (select
                                     (i32.const 7)
                                     (i32.sub
                                      (local.get $34)
                                      (i32.const 1)
                                     )
                                     (i32.lt_s
                                      (i32.const 7)
                                      (i32.sub
                                       (local.get $34)
                                       (i32.const 1)
                                      )
                                     )
                                    )
                                   )
                                   (i32.const 2)
                                  )
                                 )
                                )
                                (i32.const 2)
                               )
                               (i32.const 2)
                              )
                             )
                             (v128.load8_lane 8
                              (i32.add
                               (local.get $57)
                               (i32.shr_u
                                (i32.shl
                                 (i32.load
                                  (i32.add
                                   (i32.const 64145152)
                                   (i32.shl
                                    (i32.add
                                     (local.get $33)
                                     (select
                                      (i32.const 6)
                                      (i32.sub
                                       (local.get $34)
                                       (i32.const 1)
                                      )
                                      (i32.lt_s
                                       (i32.const 6)
                                       (i32.sub
                                        (local.get $34)
                                        (i32.const 1)
                                       )
                                      )
                                     )
                                    )
                                    (i32.const 2)
                                   )
                                  )
                                 )
                                 (i32.const 2)
                                )
                                (i32.const 2)
                               )
                              )
                              (v128.load8_lane 4
                               (i32.add
                                (local.get $57)
                                (i32.shr_u
                                 (i32.shl
                                  (i32.load
                                   (i32.add
                                    (i32.const 64145152)
                                    (i32.shl
                                     (i32.add
                                      (local.get $33)
                                      (select
                                       (i32.const 5)
                                       (i32.sub
                                        (local.get $34)
                                        (i32.const 1)
                                       )
                                       (i32.lt_s
                                        (i32.const 5)
                                        (i32.sub
                                         (local.get $34)
                                         (i32.const 1)
                                        )
                                       )
                                      )
                                     )
                                     (i32.const 2)
                                    )
                                   )
                                  )
                                  (i32.const 2)
                                 )
                                 (i32.const 2)
                                )
                               )
                               (v128.load8_lane 0
                                (i32.add
                                 (local.get $57)
                                 (i32.shr_u
                                  (i32.shl
                                   (i32.load
                                    (i32.add
                                     (i32.const 64145152)
                                     (i32.shl
                                      (i32.add
                                       (local.get $33)
                                       (select
                                        (i32.const 4)
                                        (i32.sub
                                         (local.get $34)
                                         (i32.const 1)
                                        )
                                        (i32.lt_s
                                         (i32.const 4)
                                         (i32.sub
                                          (local.get $34)
                                          (i32.const 1)
                                         )
                                        )
                                       )
                                      )
                                      (i32.const 2)
                                     )
                                    )
                                   )
                                   (i32.const 2)
                                  )
                                  (i32.const 2)
                                 )
                                )
                                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                               )
                              )
                             )
                            )
                           )
                          )
                          (local.set $96
                           (local.get $94)
                          )
                          (local.set $97
                           (v128.bitselect
                            (local.get $96)
                            (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
                            (f32x4.ne
                             (local.get $95)
                             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                            )
                           )
                          )
                          (v128.store offset=112 align=4
                           (local.get $50)
                           (local.get $97)
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
                           (i32.const 64140992)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 64141056)
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
                      (block $exit92
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $59
                        (local.get $34)
                       )
                       (br_if $exit92
                        (i32.ge_s
                         (local.get $42)
                         (local.get $59)
                        )
                       )
                       (loop $loop93
                        (if
                         (local.get $44)
                         (then
                          (f32.store
                           (i32.add
                            (i32.const 10552320)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 64145152)
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
                        (br_if $loop93
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
                           (i32.const 64140992)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 64141056)
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
                      (block $exit96
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $61
                        (local.get $34)
                       )
                       (br_if $exit96
                        (i32.ge_s
                         (local.get $42)
                         (local.get $61)
                        )
                       )
                       (loop $loop97
                        (if
                         (local.get $44)
                         (then
                          (f32.store
                           (i32.add
                            (i32.const 10552320)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 64145152)
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
                        (br_if $loop97
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
                           (i32.const 64140992)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 64141056)
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
                      (block $exit100
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $63
                        (local.get $34)
                       )
                       (br_if $exit100
                        (i32.ge_s
                         (local.get $42)
                         (local.get $63)
                        )
                       )
                       (loop $loop101
                        (if
                         (local.get $44)
                         (then
                          (f32.store
                           (i32.add
                            (i32.const 10552320)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 64145152)
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
                        (br_if $loop101
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
                           (i32.const 64140992)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 64141056)
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
                      (block $exit104
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $65
                        (local.get $34)
                       )
                       (br_if $exit104
                        (i32.ge_s
                         (local.get $42)
                         (local.get $65)
                        )
                       )
                       (loop $loop105
                        (if
                         (local.get $44)
                         (then
                          (f32.store
                           (i32.add
                            (i32.const 10552320)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 64145152)
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
                        (br_if $loop105
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
                      (br_if $loop107
                       (i32.lt_s
                        (local.get $32)
                        (local.get $98)
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
                  (br_if $loop113
                   (i32.lt_s
                    (local.get $31)
                    (local.get $101)
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
              (br_if $loop115
               (i32.lt_s
                (local.get $19)
                (local.get $102)
               )
              )
             )
            )
            (local.set $24
             (i32.add
              (local.get $24)
              (local.get $104)
             )
            )
            (br_if $loop117
             (i32.lt_s
              (local.get $24)
              (local.get $103)
             )
            )
           )
          )
          (local.set $22
           (i32.add
            (local.get $22)
            (local.get $108)
           )
          )
          (br_if $loop123
           (i32.lt_s
            (local.get $22)
            (local.get $107)
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
        (br_if $loop125
         (i32.lt_s
          (local.get $17)
          (local.get $109)
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
    (br_if $loop127
     (i32.lt_s
      (local.get $16)
      (local.get $110)
     )
    )
   )
  )
 )
 (func $nt_pack_b4 (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
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
  (local $18 i32)
  (local $19 i32)
  (local.set $6
   (i32.load
    (local.get $1)
   )
  )
  (local.set $7
   (i32.load offset=4
    (local.get $1)
   )
  )
  (local.set $8
   (i32.load offset=8
    (local.get $1)
   )
  )
  (local.set $9
   (i32.load offset=12
    (local.get $1)
   )
  )
  (local.set $4
   (i32.and
    (local.get $2)
    (i32.const -4)
   )
  )
  (local.set $5
   (local.get $0)
  )
  (block $exit128
   (local.set $3
    (i32.const 0)
   )
   (local.set $18
    (local.get $4)
   )
   (br_if $exit128
    (i32.ge_s
     (local.get $3)
     (local.get $18)
    )
   )
   (loop $loop129
    (local.set $10
     (v128.load align=4
      (i32.add
       (local.get $6)
       (i32.shl
        (local.get $3)
        (i32.const 2)
       )
      )
     )
    )
    (local.set $11
     (v128.load align=4
      (i32.add
       (local.get $7)
       (i32.shl
        (local.get $3)
        (i32.const 2)
       )
      )
     )
    )
    (local.set $12
     (v128.load align=4
      (i32.add
       (local.get $8)
       (i32.shl
        (local.get $3)
        (i32.const 2)
       )
      )
     )
    )
    (local.set $13
     (v128.load align=4
      (i32.add
       (local.get $9)
       (i32.shl
        (local.get $3)
        (i32.const 2)
       )
      )
     )
    )
    (local.set $14
     (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
      (local.get $10)
      (local.get $11)
     )
    )
    (local.set $15
     (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
      (local.get $10)
      (local.get $11)
     )
    )
    (local.set $16
     (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
      (local.get $12)
      (local.get $13)
     )
    )
    (local.set $17
     (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
      (local.get $12)
      (local.get $13)
     )
    )
    (v128.store align=4
     (local.get $5)
     (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
      (local.get $14)
      (local.get $16)
     )
    )
    (v128.store offset=16 align=4
     (local.get $5)
     (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
      (local.get $14)
      (local.get $16)
     )
    )
    (v128.store offset=32 align=4
     (local.get $5)
     (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
      (local.get $15)
      (local.get $17)
     )
    )
    (v128.store offset=48 align=4
     (local.get $5)
     (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
      (local.get $15)
      (local.get $17)
     )
    )
    (local.set $5
     (i32.add
      (local.get $5)
      (i32.const 64)
     )
    )
    (local.set $3
     (i32.add
      (local.get $3)
      (i32.const 4)
     )
    )
    (br_if $loop129
     (i32.lt_s
      (local.get $3)
      (local.get $18)
     )
    )
   )
  )
  (block $exit130
   (local.set $3
    (local.get $4)
   )
   (local.set $19
    (local.get $2)
   )
   (br_if $exit130
    (i32.ge_s
     (local.get $3)
     (local.get $19)
    )
   )
   (loop $loop131
    (f32.store
     (local.get $5)
     (f32.load
      (i32.add
       (local.get $6)
       (i32.shl
        (local.get $3)
        (i32.const 2)
       )
      )
     )
    )
    (f32.store offset=4
     (local.get $5)
     (f32.load
      (i32.add
       (local.get $7)
       (i32.shl
        (local.get $3)
        (i32.const 2)
       )
      )
     )
    )
    (f32.store offset=8
     (local.get $5)
     (f32.load
      (i32.add
       (local.get $8)
       (i32.shl
        (local.get $3)
        (i32.const 2)
       )
      )
     )
    )
    (f32.store offset=12
     (local.get $5)
     (f32.load
      (i32.add
       (local.get $9)
       (i32.shl
        (local.get $3)
        (i32.const 2)
       )
      )
     )
    )
    (local.set $5
     (i32.add
      (local.get $5)
      (i32.const 16)
     )
    )
    (local.set $3
     (i32.add
      (local.get $3)
      (i32.const 1)
     )
    )
    (br_if $loop131
     (i32.lt_s
      (local.get $3)
      (local.get $19)
     )
    )
   )
  )
 )
 (func $op1_ntk (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32)
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
  (local $112 v128)
  (local $113 v128)
  (local $114 v128)
  (local $115 i32)
  (local.set $18
   (i32.load
    (local.get $4)
   )
  )
  (local.set $19
   (i32.load offset=4
    (local.get $4)
   )
  )
  (local.set $20
   (i32.load offset=8
    (local.get $4)
   )
  )
  (local.set $21
   (i32.load offset=12
    (local.get $4)
   )
  )
  (local.set $22
   (i32.load offset=16
    (local.get $4)
   )
  )
  (local.set $23
   (i32.load offset=20
    (local.get $4)
   )
  )
  (local.set $24
   (i32.load offset=24
    (local.get $4)
   )
  )
  (local.set $25
   (i32.load offset=28
    (local.get $4)
   )
  )
  (local.set $42
   (i32.add
    (local.get $0)
    (i32.shl
     (local.get $1)
     (i32.const 5)
    )
   )
  )
  (if
   (local.get $7)
   (then
    (local.set $10
     (i32.add
      (i32.const 9503744)
      (i32.add
       (i32.load
        (i32.add
         (i32.const 64128000)
         (i32.shl
          (local.get $9)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 64128064)
         (i32.shl
          (i32.load
           (local.get $8)
          )
          (i32.const 2)
         )
        )
       )
      )
     )
    )
    (local.set $11
     (i32.add
      (i32.const 9503744)
      (i32.add
       (i32.load
        (i32.add
         (i32.const 64128000)
         (i32.shl
          (local.get $9)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 64128064)
         (i32.shl
          (i32.load offset=4
           (local.get $8)
          )
          (i32.const 2)
         )
        )
       )
      )
     )
    )
    (local.set $12
     (i32.add
      (i32.const 9503744)
      (i32.add
       (i32.load
        (i32.add
         (i32.const 64128000)
         (i32.shl
          (local.get $9)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 64128064)
         (i32.shl
          (i32.load offset=8
           (local.get $8)
          )
          (i32.const 2)
         )
        )
       )
      )
     )
    )
    (local.set $13
     (i32.add
      (i32.const 9503744)
      (i32.add
       (i32.load
        (i32.add
         (i32.const 64128000)
         (i32.shl
          (local.get $9)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 64128064)
         (i32.shl
          (i32.load offset=12
           (local.get $8)
          )
          (i32.const 2)
         )
        )
       )
      )
     )
    )
    (local.set $14
     (i32.add
      (i32.const 9503744)
      (i32.add
       (i32.load
        (i32.add
         (i32.const 64128000)
         (i32.shl
          (local.get $9)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 64128064)
         (i32.shl
          (i32.load offset=16
           (local.get $8)
          )
          (i32.const 2)
         )
        )
       )
      )
     )
    )
    (local.set $15
     (i32.add
      (i32.const 9503744)
      (i32.add
       (i32.load
        (i32.add
         (i32.const 64128000)
         (i32.shl
          (local.get $9)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 64128064)
         (i32.shl
          (i32.load offset=20
           (local.get $8)
          )
          (i32.const 2)
         )
        )
       )
      )
     )
    )
    (local.set $16
     (i32.add
      (i32.const 9503744)
      (i32.add
       (i32.load
        (i32.add
         (i32.const 64128000)
         (i32.shl
          (local.get $9)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 64128064)
         (i32.shl
          (i32.load offset=24
           (local.get $8)
          )
          (i32.const 2)
         )
        )
       )
      )
     )
    )
    (local.set $17
     (i32.add
      (i32.const 9503744)
      (i32.add
       (i32.load
        (i32.add
         (i32.const 64128000)
         (i32.shl
          (local.get $9)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 64128064)
         (i32.shl
          (i32.load offset=28
           (local.get $8)
          )
          (i32.const 2)
         )
        )
       )
      )
     )
    )
   )
  )
  (local.set $45
   (i32.add
    (local.get $5)
    (i32.mul
     (local.get $3)
     (i32.const 32)
    )
   )
  )
  (block $exit136
   (local.set $44
    (local.get $5)
   )
   (local.set $115
    (local.get $45)
   )
   (br_if $exit136
    (i32.ge_s
     (local.get $44)
     (local.get $115)
    )
   )
   (loop $loop137
    (local.set $26
     (i32.load
      (local.get $44)
     )
    )
    (local.set $27
     (i32.load offset=4
      (local.get $44)
     )
    )
    (local.set $28
     (i32.load offset=8
      (local.get $44)
     )
    )
    (local.set $29
     (i32.load offset=12
      (local.get $44)
     )
    )
    (local.set $46
     (i32.load offset=16
      (local.get $44)
     )
    )
    (local.set $47
     (i32.load offset=20
      (local.get $44)
     )
    )
    (local.set $43
     (i32.load offset=24
      (local.get $44)
     )
    )
    (local.set $30
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $31
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $32
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $33
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $34
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $35
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $36
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $37
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (if
     (i32.load offset=28
      (local.get $44)
     )
     (then
      (block $exit134
       (local.set $41
        (local.get $0)
       )
       (local.set $50
        (local.get $42)
       )
       (br_if $exit134
        (i32.ge_s
         (local.get $41)
         (local.get $50)
        )
       )
       (loop $loop135
        (local.set $38
         (v128.load
          (local.get $41)
         )
        )
        (local.set $39
         (v128.load offset=16
          (local.get $41)
         )
        )
        (local.set $40
         (v128.load32_splat
          (local.get $43)
         )
        )
        (local.set $30
         (f32x4.add
          (local.get $30)
          (f32x4.mul
           (local.get $38)
           (local.get $40)
          )
         )
        )
        (local.set $31
         (f32x4.add
          (local.get $31)
          (f32x4.mul
           (local.get $39)
           (local.get $40)
          )
         )
        )
        (local.set $40
         (v128.load32_splat offset=256
          (local.get $43)
         )
        )
        (local.set $32
         (f32x4.add
          (local.get $32)
          (f32x4.mul
           (local.get $38)
           (local.get $40)
          )
         )
        )
        (local.set $33
         (f32x4.add
          (local.get $33)
          (f32x4.mul
           (local.get $39)
           (local.get $40)
          )
         )
        )
        (local.set $40
         (v128.load32_splat offset=512
          (local.get $43)
         )
        )
        (local.set $34
         (f32x4.add
          (local.get $34)
          (f32x4.mul
           (local.get $38)
           (local.get $40)
          )
         )
        )
        (local.set $35
         (f32x4.add
          (local.get $35)
          (f32x4.mul
           (local.get $39)
           (local.get $40)
          )
         )
        )
        (local.set $40
         (v128.load32_splat offset=768
          (local.get $43)
         )
        )
        (local.set $36
         (f32x4.add
          (local.get $36)
          (f32x4.mul
           (local.get $38)
           (local.get $40)
          )
         )
        )
        (local.set $37
         (f32x4.add
          (local.get $37)
          (f32x4.mul
           (local.get $39)
           (local.get $40)
          )
         )
        )
        (local.set $43
         (i32.add
          (local.get $43)
          (i32.const 4)
         )
        )
        (local.set $41
         (i32.add
          (local.get $41)
          (i32.const 32)
         )
        )
        (br_if $loop135
         (i32.lt_s
          (local.get $41)
          (local.get $50)
         )
        )
       )
      )
     )
     (else
      (block $exit132
       (local.set $41
        (local.get $0)
       )
       (local.set $49
        (local.get $42)
       )
       (br_if $exit132
        (i32.ge_s
         (local.get $41)
         (local.get $49)
        )
       )
       (loop $loop133
        (local.set $38
         (v128.load
          (local.get $41)
         )
        )
        (local.set $39
         (v128.load offset=16
          (local.get $41)
         )
        )
        (local.set $40
         (v128.load32_splat
          (local.get $43)
         )
        )
        (local.set $30
         (f32x4.add
          (local.get $30)
          (f32x4.mul
           (local.get $38)
           (local.get $40)
          )
         )
        )
        (local.set $31
         (f32x4.add
          (local.get $31)
          (f32x4.mul
           (local.get $39)
           (local.get $40)
          )
         )
        )
        (local.set $40
         (v128.load32_splat offset=4
          (local.get $43)
         )
        )
        (local.set $32
         (f32x4.add
          (local.get $32)
          (f32x4.mul
           (local.get $38)
           (local.get $40)
          )
         )
        )
        (local.set $33
         (f32x4.add
          (local.get $33)
          (f32x4.mul
           (local.get $39)
           (local.get $40)
          )
         )
        )
        (local.set $40
         (v128.load32_splat offset=8
          (local.get $43)
         )
        )
        (local.set $34
         (f32x4.add
          (local.get $34)
          (f32x4.mul
           (local.get $38)
           (local.get $40)
          )
         )
        )
        (local.set $35
         (f32x4.add
          (local.get $35)
          (f32x4.mul
           (local.get $39)
           (local.get $40)
          )
         )
        )
        (local.set $40
         (v128.load32_splat offset=12
          (local.get $43)
         )
        )
        (local.set $36
         (f32x4.add
          (local.get $36)
          (f32x4.mul
           (local.get $38)
           (local.get $40)
          )
         )
        )
        (local.set $37
         (f32x4.add
          (local.get $37)
          (f32x4.mul
           (local.get $39)
           (local.get $40)
          )
         )
        )
        (local.set $43
         (i32.add
          (local.get $43)
          (i32.const 16)
         )
        )
        (local.set $41
         (i32.add
          (local.get $41)
          (i32.const 32)
         )
        )
        (br_if $loop133
         (i32.lt_s
          (local.get $41)
          (local.get $49)
         )
        )
       )
      )
     )
    )
    (local.set $38
     (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
      (local.get $30)
      (local.get $32)
     )
    )
    (local.set $39
     (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
      (local.get $30)
      (local.get $32)
     )
    )
    (local.set $40
     (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
      (local.get $34)
      (local.get $36)
     )
    )
    (local.set $36
     (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
      (local.get $34)
      (local.get $36)
     )
    )
    (block
     (local.set $30
      (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
       (local.get $38)
       (local.get $40)
      )
     )
     (if
      (local.get $47)
      (then
       (local.set $48
        (i32.add
         (local.get $18)
         (local.get $26)
        )
       )
       (if
        (i32.eqz
         (local.get $6)
        )
        (then
         (local.set $30
          (f32x4.add
           (local.get $30)
           (v128.load align=4
            (local.get $48)
           )
          )
         )
        )
       )
       (if
        (local.get $7)
        (then
         (local.set $51
          (local.get $30)
         )
         (local.set $52
          (f32x4.convert_i32x4_u
           (i32x4.extend_low_i16x8_u
            (i16x8.extend_low_i8x16_u
             (v128.load32_zero align=1
              (i32.add
               (local.get $10)
               (i32.shr_u
                (local.get $26)
                (i32.const 2)
               )
              )
             )
            )
           )
          )
         )
         (local.set $53
          (local.get $51)
         )
         (local.set $54
          (v128.bitselect
           (local.get $53)
           (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
           (f32x4.ne
            (local.get $52)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
          )
         )
         (local.set $30
          (local.get $54)
         )
        )
       )
       (v128.store align=4
        (local.get $48)
        (local.get $30)
       )
      )
      (else
       (if
        (i32.eqz
         (local.get $6)
        )
        (then
         (local.set $30
          (f32x4.add
           (local.get $30)
           (v128.load32_lane 3
            (i32.add
             (local.get $18)
             (local.get $29)
            )
            (v128.load32_lane 2
             (i32.add
              (local.get $18)
              (local.get $28)
             )
             (v128.load32_lane 1
              (i32.add
               (local.get $18)
               (local.get $27)
              )
              (v128.load32_lane 0
               (i32.add
                (local.get $18)
                (local.get $26)
               )
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
           )
          )
         )
        )
       )
       (if
        (local.get $7)
        (then
         (local.set $55
          (local.get $30)
         )
         (local.set $56
          (f32x4.convert_i32x4_u
           (v128.load8_lane 12
            (i32.add
             (local.get $10)
             (i32.shr_u
              (local.get $29)
              (i32.const 2)
             )
            )
            (v128.load8_lane 8
             (i32.add
              (local.get $10)
              (i32.shr_u
               (local.get $28)
               (i32.const 2)
              )
             )
             (v128.load8_lane 4
              (i32.add
               (local.get $10)
               (i32.shr_u
                (local.get $27)
                (i32.const 2)
               )
              )
              (v128.load8_lane 0
               (i32.add
                (local.get $10)
                (i32.shr_u
                 (local.get $26)
                 (i32.const 2)
                )
               )
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
           )
          )
         )
         (local.set $57
          (local.get $55)
         )
         (local.set $58
          (v128.bitselect
           (local.get $57)
           (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
           (f32x4.ne
            (local.get $56)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
          )
         )
         (local.set $30
          (local.get $58)
         )
        )
       )
       (f32.store
        (i32.add
         (local.get $18)
         (local.get $26)
        )
        (f32x4.extract_lane 0
         (local.get $30)
        )
       )
       (if
        (i32.lt_s
         (i32.const 1)
         (local.get $46)
        )
        (then
         (f32.store
          (i32.add
           (local.get $18)
           (local.get $27)
          )
          (f32x4.extract_lane 1
           (local.get $30)
          )
         )
        )
       )
       (if
        (i32.lt_s
         (i32.const 2)
         (local.get $46)
        )
        (then
         (f32.store
          (i32.add
           (local.get $18)
           (local.get $28)
          )
          (f32x4.extract_lane 2
           (local.get $30)
          )
         )
        )
       )
       (if
        (i32.lt_s
         (i32.const 3)
         (local.get $46)
        )
        (then
         (f32.store
          (i32.add
           (local.get $18)
           (local.get $29)
          )
          (f32x4.extract_lane 3
           (local.get $30)
          )
         )
        )
       )
      )
     )
    )
    (if
     (i32.lt_s
      (i32.const 1)
      (local.get $2)
     )
     (then
      (local.set $30
       (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
        (local.get $38)
        (local.get $40)
       )
      )
      (if
       (local.get $47)
       (then
        (local.set $48
         (i32.add
          (local.get $19)
          (local.get $26)
         )
        )
        (if
         (i32.eqz
          (local.get $6)
         )
         (then
          (local.set $30
           (f32x4.add
            (local.get $30)
            (v128.load align=4
             (local.get $48)
            )
           )
          )
         )
        )
        (if
         (local.get $7)
         (then
          (local.set $59
           (local.get $30)
          )
          (local.set $60
           (f32x4.convert_i32x4_u
            (i32x4.extend_low_i16x8_u
             (i16x8.extend_low_i8x16_u
              (v128.load32_zero align=1
               (i32.add
                (local.get $11)
                (i32.shr_u
                 (local.get $26)
                 (i32.const 2)
                )
               )
              )
             )
            )
           )
          )
          (local.set $61
           (local.get $59)
          )
          (local.set $62
           (v128.bitselect
            (local.get $61)
            (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
            (f32x4.ne
             (local.get $60)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
           )
          )
          (local.set $30
           (local.get $62)
          )
         )
        )
        (v128.store align=4
         (local.get $48)
         (local.get $30)
        )
       )
       (else
        (if
         (i32.eqz
          (local.get $6)
         )
         (then
          (local.set $30
           (f32x4.add
            (local.get $30)
            (v128.load32_lane 3
             (i32.add
              (local.get $19)
              (local.get $29)
             )
             (v128.load32_lane 2
              (i32.add
               (local.get $19)
               (local.get $28)
              )
              (v128.load32_lane 1
               (i32.add
                (local.get $19)
                (local.get $27)
               )
               (v128.load32_lane 0
                (i32.add
                 (local.get $19)
                 (local.get $26)
                )
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
               )
              )
             )
            )
           )
          )
         )
        )
        (if
         (local.get $7)
         (then
          (local.set $63
           (local.get $30)
          )
          (local.set $64
           (f32x4.convert_i32x4_u
            (v128.load8_lane 12
             (i32.add
              (local.get $11)
              (i32.shr_u
               (local.get $29)
               (i32.const 2)
              )
             )
             (v128.load8_lane 8
              (i32.add
               (local.get $11)
               (i32.shr_u
                (local.get $28)
                (i32.const 2)
               )
              )
              (v128.load8_lane 4
               (i32.add
                (local.get $11)
                (i32.shr_u
                 (local.get $27)
                 (i32.const 2)
                )
               )
               (v128.load8_lane 0
                (i32.add
                 (local.get $11)
                 (i32.shr_u
                  (local.get $26)
                  (i32.const 2)
                 )
                )
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
               )
              )
             )
            )
           )
          )
          (local.set $65
           (local.get $63)
          )
          (local.set $66
           (v128.bitselect
            (local.get $65)
            (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
            (f32x4.ne
             (local.get $64)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
           )
          )
          (local.set $30
           (local.get $66)
          )
         )
        )
        (f32.store
         (i32.add
          (local.get $19)
          (local.get $26)
         )
         (f32x4.extract_lane 0
          (local.get $30)
         )
        )
        (if
         (i32.lt_s
          (i32.const 1)
          (local.get $46)
         )
         (then
          (f32.store
           (i32.add
            (local.get $19)
            (local.get $27)
           )
           (f32x4.extract_lane 1
            (local.get $30)
           )
          )
         )
        )
        (if
         (i32.lt_s
          (i32.const 2)
          (local.get $46)
         )
         (then
          (f32.store
           (i32.add
            (local.get $19)
            (local.get $28)
           )
           (f32x4.extract_lane 2
            (local.get $30)
           )
          )
         )
        )
        (if
         (i32.lt_s
          (i32.const 3)
          (local.get $46)
         )
         (then
          (f32.store
           (i32.add
            (local.get $19)
            (local.get $29)
           )
           (f32x4.extract_lane 3
            (local.get $30)
           )
          )
         )
        )
       )
      )
     )
    )
    (if
     (i32.lt_s
      (i32.const 2)
      (local.get $2)
     )
     (then
      (local.set $30
       (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
        (local.get $39)
        (local.get $36)
       )
      )
      (if
       (local.get $47)
       (then
        (local.set $48
         (i32.add
          (local.get $20)
          (local.get $26)
         )
        )
        (if
         (i32.eqz
          (local.get $6)
         )
         (then
          (local.set $30
           (f32x4.add
            (local.get $30)
            (v128.load align=4
             (local.get $48)
            )
           )
          )
         )
        )
        (if
         (local.get $7)
         (then
          (local.set $67
           (local.get $30)
          )
          (local.set $68
           (f32x4.convert_i32x4_u
            (i32x4.extend_low_i16x8_u
             (i16x8.extend_low_i8x16_u
              (v128.load32_zero align=1
               (i32.add
                (local.get $12)
                (i32.shr_u
                 (local.get $26)
                 (i32.const 2)
                )
               )
              )
             )
            )
           )
          )
          (local.set $69
           (local.get $67)
          )
          (local.set $70
           (v128.bitselect
            (local.get $69)
            (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
            (f32x4.ne
             (local.get $68)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
           )
          )
          (local.set $30
           (local.get $70)
          )
         )
        )
        (v128.store align=4
         (local.get $48)
         (local.get $30)
        )
       )
       (else
        (if
         (i32.eqz
          (local.get $6)
         )
         (then
          (local.set $30
           (f32x4.add
            (local.get $30)
            (v128.load32_lane 3
             (i32.add
              (local.get $20)
              (local.get $29)
             )
             (v128.load32_lane 2
              (i32.add
               (local.get $20)
               (local.get $28)
              )
              (v128.load32_lane 1
               (i32.add
                (local.get $20)
                (local.get $27)
               )
               (v128.load32_lane 0
                (i32.add
                 (local.get $20)
                 (local.get $26)
                )
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
               )
              )
             )
            )
           )
          )
         )
        )
        (if
         (local.get $7)
         (then
          (local.set $71
           (local.get $30)
          )
          (local.set $72
           (f32x4.convert_i32x4_u
            (v128.load8_lane 12
             (i32.add
              (local.get $12)
              (i32.shr_u
               (local.get $29)
               (i32.const 2)
              )
             )
             (v128.load8_lane 8
              (i32.add
               (local.get $12)
               (i32.shr_u
                (local.get $28)
                (i32.const 2)
               )
              )
              (v128.load8_lane 4
               (i32.add
                (local.get $12)
                (i32.shr_u
                 (local.get $27)
                 (i32.const 2)
                )
               )
               (v128.load8_lane 0
                (i32.add
                 (local.get $12)
                 (i32.shr_u
                  (local.get $26)
                  (i32.const 2)
                 )
                )
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
               )
              )
             )
            )
           )
          )
          (local.set $73
           (local.get $71)
          )
          (local.set $74
           (v128.bitselect
            (local.get $73)
            (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
            (f32x4.ne
             (local.get $72)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
           )
          )
          (local.set $30
           (local.get $74)
          )
         )
        )
        (f32.store
         (i32.add
          (local.get $20)
          (local.get $26)
         )
         (f32x4.extract_lane 0
          (local.get $30)
         )
        )
        (if
         (i32.lt_s
          (i32.const 1)
          (local.get $46)
         )
         (then
          (f32.store
           (i32.add
            (local.get $20)
            (local.get $27)
           )
           (f32x4.extract_lane 1
            (local.get $30)
           )
          )
         )
        )
        (if
         (i32.lt_s
          (i32.const 2)
          (local.get $46)
         )
         (then
          (f32.store
           (i32.add
            (local.get $20)
            (local.get $28)
           )
           (f32x4.extract_lane 2
            (local.get $30)
           )
          )
         )
        )
        (if
         (i32.lt_s
          (i32.const 3)
          (local.get $46)
         )
         (then
          (f32.store
           (i32.add
            (local.get $20)
            (local.get $29)
           )
           (f32x4.extract_lane 3
            (local.get $30)
           )
          )
         )
        )
       )
      )
     )
    )
    (if
     (i32.lt_s
      (i32.const 3)
      (local.get $2)
     )
     (then
      (local.set $30
       (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
        (local.get $39)
        (local.get $36)
       )
      )
      (if
       (local.get $47)
       (then
        (local.set $48
         (i32.add
          (local.get $21)
          (local.get $26)
         )
        )
        (if
         (i32.eqz
          (local.get $6)
         )
         (then
          (local.set $30
           (f32x4.add
            (local.get $30)
            (v128.load align=4
             (local.get $48)
            )
           )
          )
         )
        )
        (if
         (local.get $7)
         (then
          (local.set $75
           (local.get $30)
          )
          (local.set $76
           (f32x4.convert_i32x4_u
            (i32x4.extend_low_i16x8_u
             (i16x8.extend_low_i8x16_u
              (v128.load32_zero align=1
               (i32.add
                (local.get $13)
                (i32.shr_u
                 (local.get $26)
                 (i32.const 2)
                )
               )
              )
             )
            )
           )
          )
          (local.set $77
           (local.get $75)
          )
          (local.set $78
           (v128.bitselect
            (local.get $77)
            (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
            (f32x4.ne
             (local.get $76)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
           )
          )
          (local.set $30
           (local.get $78)
          )
         )
        )
        (v128.store align=4
         (local.get $48)
         (local.get $30)
        )
       )
       (else
        (if
         (i32.eqz
          (local.get $6)
         )
         (then
          (local.set $30
           (f32x4.add
            (local.get $30)
            (v128.load32_lane 3
             (i32.add
              (local.get $21)
              (local.get $29)
             )
             (v128.load32_lane 2
              (i32.add
               (local.get $21)
               (local.get $28)
              )
              (v128.load32_lane 1
               (i32.add
                (local.get $21)
                (local.get $27)
               )
               (v128.load32_lane 0
                (i32.add
                 (local.get $21)
                 (local.get $26)
                )
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
               )
              )
             )
            )
           )
          )
         )
        )
        (if
         (local.get $7)
         (then
          (local.set $79
           (local.get $30)
          )
          (local.set $80
           (f32x4.convert_i32x4_u
            (v128.load8_lane 12
             (i32.add
              (local.get $13)
              (i32.shr_u
               (local.get $29)
               (i32.const 2)
              )
             )
             (v128.load8_lane 8
              (i32.add
               (local.get $13)
               (i32.shr_u
                (local.get $28)
                (i32.const 2)
               )
              )
              (v128.load8_lane 4
               (i32.add
                (local.get $13)
                (i32.shr_u
                 (local.get $27)
                 (i32.const 2)
                )
               )
               (v128.load8_lane 0
                (i32.add
                 (local.get $13)
                 (i32.shr_u
                  (local.get $26)
                  (i32.const 2)
                 )
                )
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
               )
              )
             )
            )
           )
          )
          (local.set $81
           (local.get $79)
          )
          (local.set $82
           (v128.bitselect
            (local.get $81)
            (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
            (f32x4.ne
             (local.get $80)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
           )
          )
          (local.set $30
           (local.get $82)
          )
         )
        )
        (f32.store
         (i32.add
          (local.get $21)
          (local.get $26)
         )
         (f32x4.extract_lane 0
          (local.get $30)
         )
        )
        (if
         (i32.lt_s
          (i32.const 1)
          (local.get $46)
         )
         (then
          (f32.store
           (i32.add
            (local.get $21)
            (local.get $27)
           )
           (f32x4.extract_lane 1
            (local.get $30)
           )
          )
         )
        )
        (if
         (i32.lt_s
          (i32.const 2)
          (local.get $46)
         )
         (then
          (f32.store
           (i32.add
            (local.get $21)
            (local.get $28)
           )
           (f32x4.extract_lane 2
            (local.get $30)
           )
          )
         )
        )
        (if
         (i32.lt_s
          (i32.const 3)
          (local.get $46)
         )
         (then
          (f32.store
           (i32.add
            (local.get $21)
            (local.get $29)
           )
           (f32x4.extract_lane 3
            (local.get $30)
           )
          )
         )
        )
       )
      )
     )
    )
    (local.set $38
     (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
      (local.get $31)
      (local.get $33)
     )
    )
    (local.set $39
     (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
      (local.get $31)
      (local.get $33)
     )
    )
    (local.set $40
     (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
      (local.get $35)
      (local.get $37)
     )
    )
    (local.set $37
     (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
      (local.get $35)
      (local.get $37)
     )
    )
    (if
     (i32.lt_s
      (i32.const 4)
      (local.get $2)
     )
     (then
      (local.set $31
       (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
        (local.get $38)
        (local.get $40)
       )
      )
      (if
       (local.get $47)
       (then
        (local.set $48
         (i32.add
          (local.get $22)
          (local.get $26)
         )
        )
        (if
         (i32.eqz
          (local.get $6)
         )
         (then
          (local.set $31
           (f32x4.add
            (local.get $31)
            (v128.load align=4
             (local.get $48)
            )
           )
          )
         )
        )
        (if
         (local.get $7)
         (then
          (local.set $83
           (local.get $31)
          )
          (local.set $84
           (f32x4.convert_i32x4_u
            (i32x4.extend_low_i16x8_u
             (i16x8.extend_low_i8x16_u
              (v128.load32_zero align=1
               (i32.add
                (local.get $14)
                (i32.shr_u
                 (local.get $26)
                 (i32.const 2)
                )
               )
              )
             )
            )
           )
          )
          (local.set $85
           (local.get $83)
          )
          (local.set $86
           (v128.bitselect
            (local.get $85)
            (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
            (f32x4.ne
             (local.get $84)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
           )
          )
          (local.set $31
           (local.get $86)
          )
         )
        )
        (v128.store align=4
         (local.get $48)
         (local.get $31)
        )
       )
       (else
        (if
         (i32.eqz
          (local.get $6)
         )
         (then
          (local.set $31
           (f32x4.add
            (local.get $31)
            (v128.load32_lane 3
             (i32.add
              (local.get $22)
              (local.get $29)
             )
             (v128.load32_lane 2
              (i32.add
               (local.get $22)
               (local.get $28)
              )
              (v128.load32_lane 1
               (i32.add
                (local.get $22)
                (local.get $27)
               )
               (v128.load32_lane 0
                (i32.add
                 (local.get $22)
                 (local.get $26)
                )
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
               )
              )
             )
            )
           )
          )
         )
        )
        (if
         (local.get $7)
         (then
          (local.set $87
           (local.get $31)
          )
          (local.set $88
           (f32x4.convert_i32x4_u
            (v128.load8_lane 12
             (i32.add
              (local.get $14)
              (i32.shr_u
               (local.get $29)
               (i32.const 2)
              )
             )
             (v128.load8_lane 8
              (i32.add
               (local.get $14)
               (i32.shr_u
                (local.get $28)
                (i32.const 2)
               )
              )
              (v128.load8_lane 4
               (i32.add
                (local.get $14)
                (i32.shr_u
                 (local.get $27)
                 (i32.const 2)
                )
               )
               (v128.load8_lane 0
                (i32.add
                 (local.get $14)
                 (i32.shr_u
                  (local.get $26)
                  (i32.const 2)
                 )
                )
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
               )
              )
             )
            )
           )
          )
          (local.set $89
           (local.get $87)
          )
          (local.set $90
           (v128.bitselect
            (local.get $89)
            (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
            (f32x4.ne
             (local.get $88)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
           )
          )
          (local.set $31
           (local.get $90)
          )
         )
        )
        (f32.store
         (i32.add
          (local.get $22)
          (local.get $26)
         )
         (f32x4.extract_lane 0
          (local.get $31)
         )
        )
        (if
         (i32.lt_s
          (i32.const 1)
          (local.get $46)
         )
         (then
          (f32.store
           (i32.add
            (local.get $22)
            (local.get $27)
           )
           (f32x4.extract_lane 1
            (local.get $31)
           )
          )
         )
        )
        (if
         (i32.lt_s
          (i32.const 2)
          (local.get $46)
         )
         (then
          (f32.store
           (i32.add
            (local.get $22)
            (local.get $28)
           )
           (f32x4.extract_lane 2
            (local.get $31)
           )
          )
         )
        )
        (if
         (i32.lt_s
          (i32.const 3)
          (local.get $46)
         )
         (then
          (f32.store
           (i32.add
            (local.get $22)
            (local.get $29)
           )
           (f32x4.extract_lane 3
            (local.get $31)
           )
          )
         )
        )
       )
      )
     )
    )
    (if
     (i32.lt_s
      (i32.const 5)
      (local.get $2)
     )
     (then
      (local.set $31
       (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
        (local.get $38)
        (local.get $40)
       )
      )
      (if
       (local.get $47)
       (then
        (local.set $48
         (i32.add
          (local.get $23)
          (local.get $26)
         )
        )
        (if
         (i32.eqz
          (local.get $6)
         )
         (then
          (local.set $31
           (f32x4.add
            (local.get $31)
            (v128.load align=4
             (local.get $48)
            )
           )
          )
         )
        )
        (if
         (local.get $7)
         (then
          (local.set $91
           (local.get $31)
          )
          (local.set $92
           (f32x4.convert_i32x4_u
            (i32x4.extend_low_i16x8_u
             (i16x8.extend_low_i8x16_u
              (v128.load32_zero align=1
               (i32.add
                (local.get $15)
                (i32.shr_u
                 (local.get $26)
                 (i32.const 2)
                )
               )
              )
             )
            )
           )
          )
          (local.set $93
           (local.get $91)
          )
          (local.set $94
           (v128.bitselect
            (local.get $93)
            (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
            (f32x4.ne
             (local.get $92)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
           )
          )
          (local.set $31
           (local.get $94)
          )
         )
        )
        (v128.store align=4
         (local.get $48)
         (local.get $31)
        )
       )
       (else
        (if
         (i32.eqz
          (local.get $6)
         )
         (then
          (local.set $31
           (f32x4.add
            (local.get $31)
            (v128.load32_lane 3
             (i32.add
              (local.get $23)
              (local.get $29)
             )
             (v128.load32_lane 2
              (i32.add
               (local.get $23)
               (local.get $28)
              )
              (v128.load32_lane 1
               (i32.add
                (local.get $23)
                (local.get $27)
               )
               (v128.load32_lane 0
                (i32.add
                 (local.get $23)
                 (local.get $26)
                )
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
               )
              )
             )
            )
           )
          )
         )
        )
        (if
         (local.get $7)
         (then
          (local.set $95
           (local.get $31)
          )
          (local.set $96
           (f32x4.convert_i32x4_u
            (v128.load8_lane 12
             (i32.add
              (local.get $15)
              (i32.shr_u
               (local.get $29)
               (i32.const 2)
              )
             )
             (v128.load8_lane 8
              (i32.add
               (local.get $15)
               (i32.shr_u
                (local.get $28)
                (i32.const 2)
               )
              )
              (v128.load8_lane 4
               (i32.add
                (local.get $15)
                (i32.shr_u
                 (local.get $27)
                 (i32.const 2)
                )
               )
               (v128.load8_lane 0
                (i32.add
                 (local.get $15)
                 (i32.shr_u
                  (local.get $26)
                  (i32.const 2)
                 )
                )
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
               )
              )
             )
            )
           )
          )
          (local.set $97
           (local.get $95)
          )
          (local.set $98
           (v128.bitselect
            (local.get $97)
            (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
            (f32x4.ne
             (local.get $96)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
           )
          )
          (local.set $31
           (local.get $98)
          )
         )
        )
        (f32.store
         (i32.add
          (local.get $23)
          (local.get $26)
         )
         (f32x4.extract_lane 0
          (local.get $31)
         )
        )
        (if
         (i32.lt_s
          (i32.const 1)
          (local.get $46)
         )
         (then
          (f32.store
           (i32.add
            (local.get $23)
            (local.get $27)
           )
           (f32x4.extract_lane 1
            (local.get $31)
           )
          )
         )
        )
        (if
         (i32.lt_s
          (i32.const 2)
          (local.get $46)
         )
         (then
          (f32.store
           (i32.add
            (local.get $23)
            (local.get $28)
           )
           (f32x4.extract_lane 2
            (local.get $31)
           )
          )
         )
        )
        (if
         (i32.lt_s
          (i32.const 3)
          (local.get $46)
         )
         (then
          (f32.store
           (i32.add
            (local.get $23)
            (local.get $29)
           )
           (f32x4.extract_lane 3
            (local.get $31)
           )
          )
         )
        )
       )
      )
     )
    )
    (if
     (i32.lt_s
      (i32.const 6)
      (local.get $2)
     )
     (then
      (local.set $31
       (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
        (local.get $39)
        (local.get $37)
       )
      )
      (if
       (local.get $47)
       (then
        (local.set $48
         (i32.add
          (local.get $24)
          (local.get $26)
         )
        )
        (if
         (i32.eqz
          (local.get $6)
         )
         (then
          (local.set $31
           (f32x4.add
            (local.get $31)
            (v128.load align=4
             (local.get $48)
            )
           )
          )
         )
        )
        (if
         (local.get $7)
         (then
          (local.set $99
           (local.get $31)
          )
          (local.set $100
           (f32x4.convert_i32x4_u
            (i32x4.extend_low_i16x8_u
             (i16x8.extend_low_i8x16_u
              (v128.load32_zero align=1
               (i32.add
                (local.get $16)
                (i32.shr_u
                 (local.get $26)
                 (i32.const 2)
                )
               )
              )
             )
            )
           )
          )
          (local.set $101
           (local.get $99)
          )
          (local.set $102
           (v128.bitselect
            (local.get $101)
            (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
            (f32x4.ne
             (local.get $100)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
           )
          )
          (local.set $31
           (local.get $102)
          )
         )
        )
        (v128.store align=4
         (local.get $48)
         (local.get $31)
        )
       )
       (else
        (if
         (i32.eqz
          (local.get $6)
         )
         (then
          (local.set $31
           (f32x4.add
            (local.get $31)
            (v128.load32_lane 3
             (i32.add
              (local.get $24)
              (local.get $29)
             )
             (v128.load32_lane 2
              (i32.add
               (local.get $24)
               (local.get $28)
              )
              (v128.load32_lane 1
               (i32.add
                (local.get $24)
                (local.get $27)
               )
               (v128.load32_lane 0
                (i32.add
                 (local.get $24)
                 (local.get $26)
                )
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
               )
              )
             )
            )
           )
          )
         )
        )
        (if
         (local.get $7)
         (then
          (local.set $103
           (local.get $31)
          )
          (local.set $104
           (f32x4.convert_i32x4_u
            (v128.load8_lane 12
             (i32.add
              (local.get $16)
              (i32.shr_u
               (local.get $29)
               (i32.const 2)
              )
             )
             (v128.load8_lane 8
              (i32.add
               (local.get $16)
               (i32.shr_u
                (local.get $28)
                (i32.const 2)
               )
              )
              (v128.load8_lane 4
               (i32.add
                (local.get $16)
                (i32.shr_u
                 (local.get $27)
                 (i32.const 2)
                )
               )
               (v128.load8_lane 0
                (i32.add
                 (local.get $16)
                 (i32.shr_u
                  (local.get $26)
                  (i32.const 2)
                 )
                )
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
               )
              )
             )
            )
           )
          )
          (local.set $105
           (local.get $103)
          )
          (local.set $106
           (v128.bitselect
            (local.get $105)
            (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
            (f32x4.ne
             (local.get $104)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
           )
          )
          (local.set $31
           (local.get $106)
          )
         )
        )
        (f32.store
         (i32.add
          (local.get $24)
          (local.get $26)
         )
         (f32x4.extract_lane 0
          (local.get $31)
         )
        )
        (if
         (i32.lt_s
          (i32.const 1)
          (local.get $46)
         )
         (then
          (f32.store
           (i32.add
            (local.get $24)
            (local.get $27)
           )
           (f32x4.extract_lane 1
            (local.get $31)
           )
          )
         )
        )
        (if
         (i32.lt_s
          (i32.const 2)
          (local.get $46)
         )
         (then
          (f32.store
           (i32.add
            (local.get $24)
            (local.get $28)
           )
           (f32x4.extract_lane 2
            (local.get $31)
           )
          )
         )
        )
        (if
         (i32.lt_s
          (i32.const 3)
          (local.get $46)
         )
         (then
          (f32.store
           (i32.add
            (local.get $24)
            (local.get $29)
           )
           (f32x4.extract_lane 3
            (local.get $31)
           )
          )
         )
        )
       )
      )
     )
    )
    (if
     (i32.lt_s
      (i32.const 7)
      (local.get $2)
     )
     (then
      (local.set $31
       (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
        (local.get $39)
        (local.get $37)
       )
      )
      (if
       (local.get $47)
       (then
        (local.set $48
         (i32.add
          (local.get $25)
          (local.get $26)
         )
        )
        (if
         (i32.eqz
          (local.get $6)
         )
         (then
          (local.set $31
           (f32x4.add
            (local.get $31)
            (v128.load align=4
             (local.get $48)
            )
           )
          )
         )
        )
        (if
         (local.get $7)
         (then
          (local.set $107
           (local.get $31)
          )
          (local.set $108
           (f32x4.convert_i32x4_u
            (i32x4.extend_low_i16x8_u
             (i16x8.extend_low_i8x16_u
              (v128.load32_zero align=1
               (i32.add
                (local.get $17)
                (i32.shr_u
                 (local.get $26)
                 (i32.const 2)
                )
               )
              )
             )
            )
           )
          )
          (local.set $109
           (local.get $107)
          )
          (local.set $110
           (v128.bitselect
            (local.get $109)
            (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
            (f32x4.ne
             (local.get $108)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
           )
          )
          (local.set $31
           (local.get $110)
          )
         )
        )
        (v128.store align=4
         (local.get $48)
         (local.get $31)
        )
       )
       (else
        (if
         (i32.eqz
          (local.get $6)
         )
         (then
          (local.set $31
           (f32x4.add
            (local.get $31)
            (v128.load32_lane 3
             (i32.add
              (local.get $25)
              (local.get $29)
             )
             (v128.load32_lane 2
              (i32.add
               (local.get $25)
               (local.get $28)
              )
              (v128.load32_lane 1
               (i32.add
                (local.get $25)
                (local.get $27)
               )
               (v128.load32_lane 0
                (i32.add
                 (local.get $25)
                 (local.get $26)
                )
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
               )
              )
             )
            )
           )
          )
         )
        )
        (if
         (local.get $7)
         (then
          (local.set $111
           (local.get $31)
          )
          (local.set $112
           (f32x4.convert_i32x4_u
            (v128.load8_lane 12
             (i32.add
              (local.get $17)
              (i32.shr_u
               (local.get $29)
               (i32.const 2)
              )
             )
             (v128.load8_lane 8
              (i32.add
               (local.get $17)
               (i32.shr_u
                (local.get $28)
                (i32.const 2)
               )
              )
              (v128.load8_lane 4
               (i32.add
                (local.get $17)
                (i32.shr_u
                 (local.get $27)
                 (i32.const 2)
                )
               )
               (v128.load8_lane 0
                (i32.add
                 (local.get $17)
                 (i32.shr_u
                  (local.get $26)
                  (i32.const 2)
                 )
                )
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
               )
              )
             )
            )
           )
          )
          (local.set $113
           (local.get $111)
          )
          (local.set $114
           (v128.bitselect
            (local.get $113)
            (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
            (f32x4.ne
             (local.get $112)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
           )
          )
          (local.set $31
           (local.get $114)
          )
         )
        )
        (f32.store
         (i32.add
          (local.get $25)
          (local.get $26)
         )
         (f32x4.extract_lane 0
          (local.get $31)
         )
        )
        (if
         (i32.lt_s
          (i32.const 1)
          (local.get $46)
         )
         (then
          (f32.store
           (i32.add
            (local.get $25)
            (local.get $27)
           )
           (f32x4.extract_lane 1
            (local.get $31)
           )
          )
         )
        )
        (if
         (i32.lt_s
          (i32.const 2)
          (local.get $46)
         )
         (then
          (f32.store
           (i32.add
            (local.get $25)
            (local.get $28)
           )
           (f32x4.extract_lane 2
            (local.get $31)
           )
          )
         )
        )
        (if
         (i32.lt_s
          (i32.const 3)
          (local.get $46)
         )
         (then
          (f32.store
           (i32.add
            (local.get $25)
            (local.get $29)
           )
           (f32x4.extract_lane 3
            (local.get $31)
           )
          )
         )
        )
       )
      )
     )
    )
    (local.set $44
     (i32.add
      (local.get $44)
      (i32.const 32)
     )
    )
    (br_if $loop137
     (i32.lt_s
      (local.get $44)
      (local.get $115)
     )
    )
   )
  )
 )
 (func $op1_packA8 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32)
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
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local.set $11
   (i32.add
    (i32.load
     (i32.add
      (i32.const 64132160)
      (i32.shl
       (local.get $5)
       (i32.const 2)
      )
     )
    )
    (i32.load
     (i32.add
      (i32.const 64136320)
      (i32.shl
       (i32.load
        (local.get $3)
       )
       (i32.const 2)
      )
     )
    )
   )
  )
  (local.set $7
   (i32.div_s
    (i32.add
     (local.get $2)
     (i32.const 7)
    )
    (i32.const 8)
   )
  )
  (local.set $9
   (i32.and
    (local.get $4)
    (i32.const -4)
   )
  )
  (local.set $10
   (local.get $0)
  )
  (block $exit142
   (local.set $6
    (i32.const 0)
   )
   (local.set $30
    (local.get $7)
   )
   (br_if $exit142
    (i32.ge_s
     (local.get $6)
     (local.get $30)
    )
   )
   (loop $loop143
    (local.set $12
     (i32.add
      (i32.const 65536)
      (i32.shl
       (i32.add
        (i32.load
         (i32.add
          (i32.const 64132224)
          (i32.shl
           (i32.load
            (i32.add
             (local.get $1)
             (i32.shl
              (select
               (i32.add
                (i32.mul
                 (local.get $6)
                 (i32.const 8)
                )
                (i32.const 0)
               )
               (i32.const 0)
               (i32.lt_s
                (i32.add
                 (i32.mul
                  (local.get $6)
                  (i32.const 8)
                 )
                 (i32.const 0)
                )
                (local.get $2)
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
        (local.get $11)
       )
       (i32.const 2)
      )
     )
    )
    (local.set $13
     (i32.add
      (i32.const 65536)
      (i32.shl
       (i32.add
        (i32.load
         (i32.add
          (i32.const 64132224)
          (i32.shl
           (i32.load
            (i32.add
             (local.get $1)
             (i32.shl
              (select
               (i32.add
                (i32.mul
                 (local.get $6)
                 (i32.const 8)
                )
                (i32.const 1)
               )
               (i32.const 0)
               (i32.lt_s
                (i32.add
                 (i32.mul
                  (local.get $6)
                  (i32.const 8)
                 )
                 (i32.const 1)
                )
                (local.get $2)
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
        (local.get $11)
       )
       (i32.const 2)
      )
     )
    )
    (local.set $14
     (i32.add
      (i32.const 65536)
      (i32.shl
       (i32.add
        (i32.load
         (i32.add
          (i32.const 64132224)
          (i32.shl
           (i32.load
            (i32.add
             (local.get $1)
             (i32.shl
              (select
               (i32.add
                (i32.mul
                 (local.get $6)
                 (i32.const 8)
                )
                (i32.const 2)
               )
               (i32.const 0)
               (i32.lt_s
                (i32.add
                 (i32.mul
                  (local.get $6)
                  (i32.const 8)
                 )
                 (i32.const 2)
                )
                (local.get $2)
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
        (local.get $11)
       )
       (i32.const 2)
      )
     )
    )
    (local.set $15
     (i32.add
      (i32.const 65536)
      (i32.shl
       (i32.add
        (i32.load
         (i32.add
          (i32.const 64132224)
          (i32.shl
           (i32.load
            (i32.add
             (local.get $1)
             (i32.shl
              (select
               (i32.add
                (i32.mul
                 (local.get $6)
                 (i32.const 8)
                )
                (i32.const 3)
               )
               (i32.const 0)
               (i32.lt_s
                (i32.add
                 (i32.mul
                  (local.get $6)
                  (i32.const 8)
                 )
                 (i32.const 3)
                )
                (local.get $2)
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
        (local.get $11)
       )
       (i32.const 2)
      )
     )
    )
    (local.set $16
     (i32.add
      (i32.const 65536)
      (i32.shl
       (i32.add
        (i32.load
         (i32.add
          (i32.const 64132224)
          (i32.shl
           (i32.load
            (i32.add
             (local.get $1)
             (i32.shl
              (select
               (i32.add
                (i32.mul
                 (local.get $6)
                 (i32.const 8)
                )
                (i32.const 4)
               )
               (i32.const 0)
               (i32.lt_s
                (i32.add
                 (i32.mul
                  (local.get $6)
                  (i32.const 8)
                 )
                 (i32.const 4)
                )
                (local.get $2)
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
        (local.get $11)
       )
       (i32.const 2)
      )
     )
    )
    (local.set $17
     (i32.add
      (i32.const 65536)
      (i32.shl
       (i32.add
        (i32.load
         (i32.add
          (i32.const 64132224)
          (i32.shl
           (i32.load
            (i32.add
             (local.get $1)
             (i32.shl
              (select
               (i32.add
                (i32.mul
                 (local.get $6)
                 (i32.const 8)
                )
                (i32.const 5)
               )
               (i32.const 0)
               (i32.lt_s
                (i32.add
                 (i32.mul
                  (local.get $6)
                  (i32.const 8)
                 )
                 (i32.const 5)
                )
                (local.get $2)
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
        (local.get $11)
       )
       (i32.const 2)
      )
     )
    )
    (local.set $18
     (i32.add
      (i32.const 65536)
      (i32.shl
       (i32.add
        (i32.load
         (i32.add
          (i32.const 64132224)
          (i32.shl
           (i32.load
            (i32.add
             (local.get $1)
             (i32.shl
              (select
               (i32.add
                (i32.mul
                 (local.get $6)
                 (i32.const 8)
                )
                (i32.const 6)
               )
               (i32.const 0)
               (i32.lt_s
                (i32.add
                 (i32.mul
                  (local.get $6)
                  (i32.const 8)
                 )
                 (i32.const 6)
                )
                (local.get $2)
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
        (local.get $11)
       )
       (i32.const 2)
      )
     )
    )
    (local.set $19
     (i32.add
      (i32.const 65536)
      (i32.shl
       (i32.add
        (i32.load
         (i32.add
          (i32.const 64132224)
          (i32.shl
           (i32.load
            (i32.add
             (local.get $1)
             (i32.shl
              (select
               (i32.add
                (i32.mul
                 (local.get $6)
                 (i32.const 8)
                )
                (i32.const 7)
               )
               (i32.const 0)
               (i32.lt_s
                (i32.add
                 (i32.mul
                  (local.get $6)
                  (i32.const 8)
                 )
                 (i32.const 7)
                )
                (local.get $2)
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
        (local.get $11)
       )
       (i32.const 2)
      )
     )
    )
    (block $exit138
     (local.set $8
      (i32.const 0)
     )
     (local.set $28
      (local.get $9)
     )
     (br_if $exit138
      (i32.ge_s
       (local.get $8)
       (local.get $28)
      )
     )
     (loop $loop139
      (local.set $20
       (v128.load align=4
        (i32.add
         (local.get $12)
         (i32.shl
          (local.get $8)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $21
       (v128.load align=4
        (i32.add
         (local.get $13)
         (i32.shl
          (local.get $8)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $22
       (v128.load align=4
        (i32.add
         (local.get $14)
         (i32.shl
          (local.get $8)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $23
       (v128.load align=4
        (i32.add
         (local.get $15)
         (i32.shl
          (local.get $8)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $24
       (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
        (local.get $20)
        (local.get $21)
       )
      )
      (local.set $25
       (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
        (local.get $20)
        (local.get $21)
       )
      )
      (local.set $26
       (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
        (local.get $22)
        (local.get $23)
       )
      )
      (local.set $27
       (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
        (local.get $22)
        (local.get $23)
       )
      )
      (v128.store align=4
       (local.get $10)
       (f32x4.mul
        (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
         (local.get $24)
         (local.get $26)
        )
        (f32x4.splat
         (f32.const 0.125)
        )
       )
      )
      (v128.store offset=32 align=4
       (local.get $10)
       (f32x4.mul
        (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
         (local.get $24)
         (local.get $26)
        )
        (f32x4.splat
         (f32.const 0.125)
        )
       )
      )
      (v128.store offset=64 align=4
       (local.get $10)
       (f32x4.mul
        (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
         (local.get $25)
         (local.get $27)
        )
        (f32x4.splat
         (f32.const 0.125)
        )
       )
      )
      (v128.store offset=96 align=4
       (local.get $10)
       (f32x4.mul
        (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
         (local.get $25)
         (local.get $27)
        )
        (f32x4.splat
         (f32.const 0.125)
        )
       )
      )
      (local.set $20
       (v128.load align=4
        (i32.add
         (local.get $16)
         (i32.shl
          (local.get $8)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $21
       (v128.load align=4
        (i32.add
         (local.get $17)
         (i32.shl
          (local.get $8)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $22
       (v128.load align=4
        (i32.add
         (local.get $18)
         (i32.shl
          (local.get $8)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $23
       (v128.load align=4
        (i32.add
         (local.get $19)
         (i32.shl
          (local.get $8)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $24
       (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
        (local.get $20)
        (local.get $21)
       )
      )
      (local.set $25
       (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
        (local.get $20)
        (local.get $21)
       )
      )
      (local.set $26
       (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
        (local.get $22)
        (local.get $23)
       )
      )
      (local.set $27
       (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
        (local.get $22)
        (local.get $23)
       )
      )
      (v128.store offset=16 align=4
       (local.get $10)
       (f32x4.mul
        (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
         (local.get $24)
         (local.get $26)
        )
        (f32x4.splat
         (f32.const 0.125)
        )
       )
      )
      (v128.store offset=48 align=4
       (local.get $10)
       (f32x4.mul
        (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
         (local.get $24)
         (local.get $26)
        )
        (f32x4.splat
         (f32.const 0.125)
        )
       )
      )
      (v128.store offset=80 align=4
       (local.get $10)
       (f32x4.mul
        (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
         (local.get $25)
         (local.get $27)
        )
        (f32x4.splat
         (f32.const 0.125)
        )
       )
      )
      (v128.store offset=112 align=4
       (local.get $10)
       (f32x4.mul
        (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
         (local.get $25)
         (local.get $27)
        )
        (f32x4.splat
         (f32.const 0.125)
        )
       )
      )
      (local.set $10
       (i32.add
        (local.get $10)
        (i32.const 128)
       )
      )
      (local.set $8
       (i32.add
        (local.get $8)
        (i32.const 4)
       )
      )
      (br_if $loop139
       (i32.lt_s
        (local.get $8)
        (local.get $28)
       )
      )
     )
    )
    (block $exit140
     (local.set $8
      (local.get $9)
     )
     (local.set $29
      (local.get $4)
     )
     (br_if $exit140
      (i32.ge_s
       (local.get $8)
       (local.get $29)
      )
     )
     (loop $loop141
      (f32.store
       (local.get $10)
       (f32.mul
        (f32.load
         (i32.add
          (local.get $12)
          (i32.shl
           (local.get $8)
           (i32.const 2)
          )
         )
        )
        (f32.const 0.125)
       )
      )
      (f32.store offset=4
       (local.get $10)
       (f32.mul
        (f32.load
         (i32.add
          (local.get $13)
          (i32.shl
           (local.get $8)
           (i32.const 2)
          )
         )
        )
        (f32.const 0.125)
       )
      )
      (f32.store offset=8
       (local.get $10)
       (f32.mul
        (f32.load
         (i32.add
          (local.get $14)
          (i32.shl
           (local.get $8)
           (i32.const 2)
          )
         )
        )
        (f32.const 0.125)
       )
      )
      (f32.store offset=12
       (local.get $10)
       (f32.mul
        (f32.load
         (i32.add
          (local.get $15)
          (i32.shl
           (local.get $8)
           (i32.const 2)
          )
         )
        )
        (f32.const 0.125)
       )
      )
      (f32.store offset=16
       (local.get $10)
       (f32.mul
        (f32.load
         (i32.add
          (local.get $16)
          (i32.shl
           (local.get $8)
           (i32.const 2)
          )
         )
        )
        (f32.const 0.125)
       )
      )
      (f32.store offset=20
       (local.get $10)
       (f32.mul
        (f32.load
         (i32.add
          (local.get $17)
          (i32.shl
           (local.get $8)
           (i32.const 2)
          )
         )
        )
        (f32.const 0.125)
       )
      )
      (f32.store offset=24
       (local.get $10)
       (f32.mul
        (f32.load
         (i32.add
          (local.get $18)
          (i32.shl
           (local.get $8)
           (i32.const 2)
          )
         )
        )
        (f32.const 0.125)
       )
      )
      (f32.store offset=28
       (local.get $10)
       (f32.mul
        (f32.load
         (i32.add
          (local.get $19)
          (i32.shl
           (local.get $8)
           (i32.const 2)
          )
         )
        )
        (f32.const 0.125)
       )
      )
      (local.set $10
       (i32.add
        (local.get $10)
        (i32.const 32)
       )
      )
      (local.set $8
       (i32.add
        (local.get $8)
        (i32.const 1)
       )
      )
      (br_if $loop141
       (i32.lt_s
        (local.get $8)
        (local.get $29)
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
    (br_if $loop143
     (i32.lt_s
      (local.get $6)
      (local.get $30)
     )
    )
   )
  )
 )
 (func $op1_nt (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32)
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
  (local.set $37
   (local.get $4)
  )
  (local.set $38
   (i32.add
    (local.get $37)
    (i32.const 65536)
   )
  )
  (local.set $39
   (i32.add
    (local.get $38)
    (i32.const 520192)
   )
  )
  (local.set $41
   (i32.add
    (local.get $39)
    (i32.const 16)
   )
  )
  (local.set $40
   (i32.add
    (local.get $41)
    (i32.const 256)
   )
  )
  (block $exit160
   (local.set $7
    (i32.const 0)
   )
   (local.set $51
    (local.get $1)
   )
   (br_if $exit160
    (i32.ge_s
     (local.get $7)
     (local.get $51)
    )
   )
   (loop $loop161
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
    (block $exit154
     (local.set $18
      (i32.const 0)
     )
     (local.set $48
      (local.get $15)
     )
     (br_if $exit154
      (i32.ge_s
       (local.get $18)
       (local.get $48)
      )
     )
     (loop $loop155
      (if
       (i32.lt_s
        (i32.load
         (i32.add
          (local.get $14)
          (i32.shl
           (local.get $18)
           (i32.const 2)
          )
         )
        )
        (local.get $2)
       )
       (then
        (local.set $16
         (i32.add
          (local.get $18)
          (i32.const 1)
         )
        )
       )
      )
      (local.set $18
       (i32.add
        (local.get $18)
        (i32.const 1)
       )
      )
      (br_if $loop155
       (i32.lt_s
        (local.get $18)
        (local.get $48)
       )
      )
     )
    )
    (local.set $17
     (local.get $16)
    )
    (block $exit156
     (local.set $18
      (local.get $16)
     )
     (local.set $49
      (local.get $15)
     )
     (br_if $exit156
      (i32.ge_s
       (local.get $18)
       (local.get $49)
      )
     )
     (loop $loop157
      (if
       (i32.lt_s
        (i32.load
         (i32.add
          (local.get $14)
          (i32.shl
           (local.get $18)
           (i32.const 2)
          )
         )
        )
        (local.get $3)
       )
       (then
        (local.set $17
         (i32.add
          (local.get $18)
          (i32.const 1)
         )
        )
       )
      )
      (local.set $18
       (i32.add
        (local.get $18)
        (i32.const 1)
       )
      )
      (br_if $loop157
       (i32.lt_s
        (local.get $18)
        (local.get $49)
       )
      )
     )
    )
    (if
     (i32.lt_s
      (local.get $16)
      (local.get $17)
     )
     (then
      (block $exit158
       (local.set $20
        (i32.const 0)
       )
       (local.set $50
        (local.get $13)
       )
       (br_if $exit158
        (i32.ge_s
         (local.get $20)
         (local.get $50)
        )
       )
       (loop $loop159
        (local.set $21
         (select
          (i32.const 256)
          (i32.sub
           (local.get $13)
           (local.get $20)
          )
          (i32.lt_s
           (i32.const 256)
           (i32.sub
            (local.get $13)
            (local.get $20)
           )
          )
         )
        )
        (local.set $32
         (i32.and
          (local.get $5)
          (i32.eqz
           (local.get $20)
          )
         )
        )
        (local.set $19
         (i32.and
          (local.get $6)
          (i32.ge_s
           (i32.add
            (local.get $20)
            (local.get $21)
           )
           (local.get $13)
          )
         )
        )
        (local.set $31
         (i32.add
          (i32.load
           (i32.add
            (i32.const 64136576)
            (i32.shl
             (local.get $9)
             (i32.const 2)
            )
           )
          )
          (i32.load
           (i32.add
            (i32.const 64140736)
            (i32.shl
             (i32.load
              (i32.add
               (local.get $12)
               (i32.shl
                (local.get $20)
                (i32.const 2)
               )
              )
             )
             (i32.const 2)
            )
           )
          )
         )
        )
        (local.set $26
         (select
          (i32.const 508)
          (i32.shl
           (i32.add
            (i32.div_s
             (i32.const 131072)
             (i32.shl
              (local.get $21)
              (i32.const 4)
             )
            )
            (i32.const 0)
           )
           (i32.const 2)
          )
          (i32.lt_s
           (i32.const 508)
           (i32.shl
            (i32.add
             (i32.div_s
              (i32.const 131072)
              (i32.shl
               (local.get $21)
               (i32.const 4)
              )
             )
             (i32.const 0)
            )
            (i32.const 2)
           )
          )
         )
        )
        (local.set $26
         (select
          (i32.const 4)
          (local.get $26)
          (i32.lt_s
           (local.get $26)
           (i32.const 4)
          )
         )
        )
        (block $exit152
         (local.set $22
          (i32.const 0)
         )
         (local.set $47
          (local.get $11)
         )
         (br_if $exit152
          (i32.ge_s
           (local.get $22)
           (local.get $47)
          )
         )
         (loop $loop153
          (local.set $23
           (select
            (i32.const 64)
            (i32.sub
             (local.get $11)
             (local.get $22)
            )
            (i32.lt_s
             (i32.const 64)
             (i32.sub
              (local.get $11)
              (local.get $22)
             )
            )
           )
          )
          (call $op1_packA8
           (local.get $37)
           (i32.add
            (local.get $10)
            (i32.shl
             (local.get $22)
             (i32.const 2)
            )
           )
           (local.get $23)
           (i32.add
            (local.get $12)
            (i32.shl
             (local.get $20)
             (i32.const 2)
            )
           )
           (local.get $21)
           (local.get $9)
          )
          (block $exit148
           (local.set $29
            (i32.const 0)
           )
           (local.set $44
            (local.get $23)
           )
           (br_if $exit148
            (i32.ge_s
             (local.get $29)
             (local.get $44)
            )
           )
           (loop $loop149
            (i32.store
             (i32.add
              (local.get $41)
              (i32.shl
               (local.get $29)
               (i32.const 2)
              )
             )
             (i32.add
              (i32.const 10552320)
              (i32.shl
               (i32.add
                (i32.load
                 (i32.add
                  (i32.const 64140992)
                  (i32.shl
                   (local.get $9)
                   (i32.const 2)
                  )
                 )
                )
                (i32.load
                 (i32.add
                  (i32.const 64141056)
                  (i32.shl
                   (i32.load
                    (i32.add
                     (local.get $10)
                     (i32.shl
                      (i32.add
                       (local.get $22)
                       (local.get $29)
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
            (local.set $29
             (i32.add
              (local.get $29)
              (i32.const 1)
             )
            )
            (br_if $loop149
             (i32.lt_s
              (local.get $29)
              (local.get $44)
             )
            )
           )
          )
          (block $exit150
           (local.set $24
            (local.get $16)
           )
           (local.set $45
            (local.get $17)
           )
           (local.set $46
            (local.get $26)
           )
           (br_if $exit150
            (i32.ge_s
             (local.get $24)
             (local.get $45)
            )
           )
           (loop $loop151
            (local.set $25
             (select
              (local.get $17)
              (i32.add
               (local.get $24)
               (local.get $26)
              )
              (i32.lt_s
               (local.get $17)
               (i32.add
                (local.get $24)
                (local.get $26)
               )
              )
             )
            )
            (local.set $33
             (local.get $40)
            )
            (local.set $34
             (i32.const 0)
            )
            (local.set $35
             (i32.const 0)
            )
            (block $exit144
             (local.set $27
              (local.get $24)
             )
             (local.set $42
              (local.get $25)
             )
             (br_if $exit144
              (i32.ge_s
               (local.get $27)
               (local.get $42)
              )
             )
             (loop $loop145
              (local.set $28
               (select
                (i32.const 4)
                (i32.sub
                 (local.get $25)
                 (local.get $27)
                )
                (i32.lt_s
                 (i32.const 4)
                 (i32.sub
                  (local.get $25)
                  (local.get $27)
                 )
                )
               )
              )
              (i32.store
               (local.get $33)
               (i32.shl
                (i32.load
                 (i32.add
                  (i32.const 64145152)
                  (i32.shl
                   (i32.load
                    (i32.add
                     (local.get $14)
                     (i32.shl
                      (i32.add
                       (local.get $27)
                       (select
                        (i32.const 0)
                        (i32.sub
                         (local.get $28)
                         (i32.const 1)
                        )
                        (i32.lt_s
                         (i32.const 0)
                         (i32.sub
                          (local.get $28)
                          (i32.const 1)
                         )
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
                (i32.const 2)
               )
              )
              (i32.store offset=4
               (local.get $33)
               (i32.shl
                (i32.load
                 (i32.add
                  (i32.const 64145152)
                  (i32.shl
                   (i32.load
                    (i32.add
                     (local.get $14)
                     (i32.shl
                      (i32.add
                       (local.get $27)
                       (select
                        (i32.const 1)
                        (i32.sub
                         (local.get $28)
                         (i32.const 1)
                        )
                        (i32.lt_s
                         (i32.const 1)
                         (i32.sub
                          (local.get $28)
                          (i32.const 1)
                         )
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
                (i32.const 2)
               )
              )
              (i32.store offset=8
               (local.get $33)
               (i32.shl
                (i32.load
                 (i32.add
                  (i32.const 64145152)
                  (i32.shl
                   (i32.load
                    (i32.add
                     (local.get $14)
                     (i32.shl
                      (i32.add
                       (local.get $27)
                       (select
                        (i32.const 2)
                        (i32.sub
                         (local.get $28)
                         (i32.const 1)
                        )
                        (i32.lt_s
                         (i32.const 2)
                         (i32.sub
                          (local.get $28)
                          (i32.const 1)
                         )
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
                (i32.const 2)
               )
              )
              (i32.store offset=12
               (local.get $33)
               (i32.shl
                (i32.load
                 (i32.add
                  (i32.const 64145152)
                  (i32.shl
                   (i32.load
                    (i32.add
                     (local.get $14)
                     (i32.shl
                      (i32.add
                       (local.get $27)
                       (select
                        (i32.const 3)
                        (i32.sub
                         (local.get $28)
                         (i32.const 1)
                        )
                        (i32.lt_s
                         (i32.const 3)
                         (i32.sub
                          (local.get $28)
                          (i32.const 1)
                         )
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
                (i32.const 2)
               )
              )
              (i32.store offset=16
               (local.get $33)
               (local.get $28)
              )
              (i32.store offset=20
               (local.get $33)
               (i32.and
                (i32.eq
                 (local.get $28)
                 (i32.const 4)
                )
                (i32.eq
                 (i32.sub
                  (i32.load offset=12
                   (local.get $33)
                  )
                  (i32.load
                   (local.get $33)
                  )
                 )
                 (i32.const 12)
                )
               )
              )
              (i32.store offset=28
               (local.get $33)
               (i32.and
                (i32.eq
                 (local.get $28)
                 (i32.const 4)
                )
                (i32.eq
                 (i32.sub
                  (i32.load
                   (i32.add
                    (local.get $14)
                    (i32.shl
                     (i32.add
                      (local.get $27)
                      (i32.const 3)
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
                 (i32.const 3)
                )
               )
              )
              (if
               (i32.load offset=28
                (local.get $33)
               )
               (then
                (i32.store offset=24
                 (local.get $33)
                 (i32.add
                  (i32.const 3211264)
                  (i32.shl
                   (i32.add
                    (i32.load
                     (i32.add
                      (i32.const 64136640)
                      (i32.shl
                       (i32.load
                        (i32.add
                         (local.get $14)
                         (i32.shl
                          (i32.add
                           (local.get $27)
                           (select
                            (i32.const 0)
                            (i32.sub
                             (local.get $28)
                             (i32.const 1)
                            )
                            (i32.lt_s
                             (i32.const 0)
                             (i32.sub
                              (local.get $28)
                              (i32.const 1)
                             )
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
                    (local.get $31)
                   )
                   (i32.const 2)
                  )
                 )
                )
               )
               (else
                (i32.store
                 (local.get $39)
                 (i32.add
                  (i32.const 3211264)
                  (i32.shl
                   (i32.add
                    (i32.load
                     (i32.add
                      (i32.const 64136640)
                      (i32.shl
                       (i32.load
                        (i32.add
                         (local.get $14)
                         (i32.shl
                          (i32.add
                           (local.get $27)
                           (select
                            (i32.const 0)
                            (i32.sub
                             (local.get $28)
                             (i32.const 1)
                            )
                            (i32.lt_s
                             (i32.const 0)
                             (i32.sub
                              (local.get $28)
                              (i32.const 1)
                             )
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
                    (local.get $31)
                   )
                   (i32.const 2)
                  )
                 )
                )
                (i32.store offset=4
                 (local.get $39)
                 (i32.add
                  (i32.const 3211264)
                  (i32.shl
                   (i32.add
                    (i32.load
                     (i32.add
                      (i32.const 64136640)
                      (i32.shl
                       (i32.load
                        (i32.add
                         (local.get $14)
                         (i32.shl
                          (i32.add
                           (local.get $27)
                           (select
                            (i32.const 1)
                            (i32.sub
                             (local.get $28)
                             (i32.const 1)
                            )
                            (i32.lt_s
                             (i32.const 1)
                             (i32.sub
                              (local.get $28)
                              (i32.const 1)
                             )
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
                    (local.get $31)
                   )
                   (i32.const 2)
                  )
                 )
                )
                (i32.store offset=8
                 (local.get $39)
                 (i32.add
                  (i32.const 3211264)
                  (i32.shl
                   (i32.add
                    (i32.load
                     (i32.add
                      (i32.const 64136640)
                      (i32.shl
                       (i32.load
                        (i32.add
                         (local.get $14)
                         (i32.shl
                          (i32.add
                           (local.get $27)
                           (select
                            (i32.const 2)
                            (i32.sub
                             (local.get $28)
                             (i32.const 1)
                            )
                            (i32.lt_s
                             (i32.const 2)
                             (i32.sub
                              (local.get $28)
                              (i32.const 1)
                             )
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
                    (local.get $31)
                   )
                   (i32.const 2)
                  )
                 )
                )
                (i32.store offset=12
                 (local.get $39)
                 (i32.add
                  (i32.const 3211264)
                  (i32.shl
                   (i32.add
                    (i32.load
                     (i32.add
                      (i32.const 64136640)
                      (i32.shl
                       (i32.load
                        (i32.add
                         (local.get $14)
                         (i32.shl
                          (i32.add
                           (local.get $27)
                           (select
                            (i32.const 3)
                            (i32.sub
                             (local.get $28)
                             (i32.const 1)
                            )
                            (i32.lt_s
                             (i32.const 3)
                             (i32.sub
                              (local.get $28)
                              (i32.const 1)
                             )
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
                    (local.get $31)
                   )
                   (i32.const 2)
                  )
                 )
                )
                (local.set $36
                 (i32.add
                  (local.get $38)
                  (i32.mul
                   (local.get $35)
                   (i32.shl
                    (local.get $21)
                    (i32.const 4)
                   )
                  )
                 )
                )
                (call $nt_pack_b4
                 (local.get $36)
                 (local.get $39)
                 (local.get $21)
                )
                (i32.store offset=24
                 (local.get $33)
                 (local.get $36)
                )
                (local.set $35
                 (i32.add
                  (local.get $35)
                  (i32.const 1)
                 )
                )
               )
              )
              (local.set $33
               (i32.add
                (local.get $33)
                (i32.const 32)
               )
              )
              (local.set $34
               (i32.add
                (local.get $34)
                (i32.const 1)
               )
              )
              (local.set $27
               (i32.add
                (local.get $27)
                (i32.const 4)
               )
              )
              (br_if $loop145
               (i32.lt_s
                (local.get $27)
                (local.get $42)
               )
              )
             )
            )
            (block $exit146
             (local.set $30
              (i32.const 0)
             )
             (local.set $43
              (local.get $23)
             )
             (br_if $exit146
              (i32.ge_s
               (local.get $30)
               (local.get $43)
              )
             )
             (loop $loop147
              (call $op1_ntk
               (i32.add
                (local.get $37)
                (i32.mul
                 (local.get $30)
                 (i32.shl
                  (local.get $21)
                  (i32.const 2)
                 )
                )
               )
               (local.get $21)
               (select
                (i32.const 8)
                (i32.sub
                 (local.get $23)
                 (local.get $30)
                )
                (i32.lt_s
                 (i32.const 8)
                 (i32.sub
                  (local.get $23)
                  (local.get $30)
                 )
                )
               )
               (local.get $34)
               (i32.add
                (local.get $41)
                (i32.shl
                 (local.get $30)
                 (i32.const 2)
                )
               )
               (local.get $40)
               (local.get $32)
               (local.get $19)
               (i32.add
                (local.get $10)
                (i32.shl
                 (i32.add
                  (local.get $22)
                  (local.get $30)
                 )
                 (i32.const 2)
                )
               )
               (local.get $9)
              )
              (local.set $30
               (i32.add
                (local.get $30)
                (i32.const 8)
               )
              )
              (br_if $loop147
               (i32.lt_s
                (local.get $30)
                (local.get $43)
               )
              )
             )
            )
            (local.set $24
             (i32.add
              (local.get $24)
              (local.get $46)
             )
            )
            (br_if $loop151
             (i32.lt_s
              (local.get $24)
              (local.get $45)
             )
            )
           )
          )
          (local.set $22
           (i32.add
            (local.get $22)
            (i32.const 64)
           )
          )
          (br_if $loop153
           (i32.lt_s
            (local.get $22)
            (local.get $47)
           )
          )
         )
        )
        (local.set $20
         (i32.add
          (local.get $20)
          (i32.const 256)
         )
        )
        (br_if $loop159
         (i32.lt_s
          (local.get $20)
          (local.get $50)
         )
        )
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
    (br_if $loop161
     (i32.lt_s
      (local.get $7)
      (local.get $51)
     )
    )
   )
  )
 )
 (func $op1_nt_claim (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (block $exit162
   (local.set $10
    (i32.const 0)
   )
   (local.set $12
    (local.get $1)
   )
   (br_if $exit162
    (i32.ge_s
     (local.get $10)
     (local.get $12)
    )
   )
   (loop $loop163
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
      (call $op1_nt
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
    (br_if $loop163
     (i32.lt_s
      (local.get $10)
      (local.get $12)
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
  (local $13 i32)
  (local $14 v128)
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
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 v128)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local.set $28
   (v128.const i32x4 0x00000000 0x00000001 0x00000002 0x00000003)
  )
  (local.set $30
   (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
  )
  (block $exit168
   (local.set $4
    (local.get $0)
   )
   (local.set $34
    (local.get $1)
   )
   (br_if $exit168
    (i32.ge_s
     (local.get $4)
     (local.get $34)
    )
   )
   (loop $loop169
    (local.set $12
     (local.get $4)
    )
    (local.set $6
     (i32.rem_u
      (local.get $12)
      (i32.const 1024)
     )
    )
    (local.set $12
     (i32.div_u
      (local.get $12)
      (i32.const 1024)
     )
    )
    (local.set $5
     (local.get $12)
    )
    (local.set $22
     (i32.add
      (i32.add
       (i32.const 10552320)
       (i32.shl
        (local.get $5)
        (i32.const 22)
       )
      )
      (i32.shl
       (local.get $6)
       (i32.const 12)
      )
     )
    )
    (local.set $31
     (i32.add
      (i32.add
       (i32.const 60883968)
       (i32.shl
        (local.get $5)
        (i32.const 12)
       )
      )
      (i32.shl
       (local.get $6)
       (i32.const 2)
      )
     )
    )
    (local.set $14
     (local.get $30)
    )
    (local.set $19
     (local.get $30)
    )
    (local.set $20
     (local.get $30)
    )
    (local.set $21
     (local.get $30)
    )
    (block $exit164
     (local.set $7
      (local.get $2)
     )
     (local.set $32
      (i32.sub
       (local.get $3)
       (i32.const 15)
      )
     )
     (br_if $exit164
      (i32.ge_s
       (local.get $7)
       (local.get $32)
      )
     )
     (loop $loop165
      (local.set $23
       (v128.load align=4
        (i32.add
         (local.get $22)
         (i32.shl
          (local.get $7)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $14
       (f32x4.max
        (local.get $14)
        (local.get $23)
       )
      )
      (local.set $24
       (v128.load offset=16 align=4
        (i32.add
         (local.get $22)
         (i32.shl
          (local.get $7)
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
       (v128.load offset=32 align=4
        (i32.add
         (local.get $22)
         (i32.shl
          (local.get $7)
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
      (local.set $26
       (v128.load offset=48 align=4
        (i32.add
         (local.get $22)
         (i32.shl
          (local.get $7)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $21
       (f32x4.max
        (local.get $21)
        (local.get $26)
       )
      )
      (local.set $7
       (i32.add
        (local.get $7)
        (i32.const 16)
       )
      )
      (br_if $loop165
       (i32.lt_s
        (local.get $7)
        (local.get $32)
       )
      )
     )
    )
    (block $exit166
     (local.set $7
      (local.get $7)
     )
     (local.set $33
      (i32.sub
       (local.get $3)
       (i32.const 3)
      )
     )
     (br_if $exit166
      (i32.ge_s
       (local.get $7)
       (local.get $33)
      )
     )
     (loop $loop167
      (local.set $27
       (v128.load align=4
        (i32.add
         (local.get $22)
         (i32.shl
          (local.get $7)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $14
       (f32x4.max
        (local.get $14)
        (local.get $27)
       )
      )
      (local.set $7
       (i32.add
        (local.get $7)
        (i32.const 4)
       )
      )
      (br_if $loop167
       (i32.lt_s
        (local.get $7)
        (local.get $33)
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
      (local.set $29
       (v128.load32_lane 3
        (i32.add
         (local.get $22)
         (i32.shl
          (local.get $11)
          (i32.const 2)
         )
        )
        (v128.load32_lane 2
         (i32.add
          (local.get $22)
          (i32.shl
           (local.get $10)
           (i32.const 2)
          )
         )
         (v128.load32_lane 1
          (i32.add
           (local.get $22)
           (i32.shl
            (local.get $9)
            (i32.const 2)
           )
          )
          (v128.load32_lane 0
           (i32.add
            (local.get $22)
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
      (local.set $14
       (f32x4.max
        (local.get $14)
        (v128.bitselect
         (local.get $29)
         (local.get $30)
         (i32x4.lt_s
          (local.get $28)
          (i32x4.splat
           (local.get $13)
          )
         )
        )
       )
      )
     )
    )
    (local.set $14
     (f32x4.max
      (local.get $14)
      (local.get $19)
     )
    )
    (local.set $20
     (f32x4.max
      (local.get $20)
      (local.get $21)
     )
    )
    (local.set $14
     (f32x4.max
      (local.get $14)
      (local.get $20)
     )
    )
    (local.set $14
     (f32x4.max
      (local.get $14)
      (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
       (local.get $14)
       (local.get $14)
      )
     )
    )
    (local.set $14
     (f32x4.max
      (local.get $14)
      (i8x16.shuffle 4 5 6 7 0 1 2 3 12 13 14 15 8 9 10 11
       (local.get $14)
       (local.get $14)
      )
     )
    )
    (f32.store
     (local.get $31)
     (f32x4.extract_lane 0
      (local.get $14)
     )
    )
    (local.set $4
     (i32.add
      (local.get $4)
      (i32.const 1)
     )
    )
    (br_if $loop169
     (i32.lt_s
      (local.get $4)
      (local.get $34)
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
  (block $exit170
   (local.set $4
    (local.get $0)
   )
   (local.set $6
    (local.get $1)
   )
   (local.set $7
    (local.get $5)
   )
   (br_if $exit170
    (i32.ge_s
     (local.get $4)
     (local.get $6)
    )
   )
   (loop $loop171
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
    (br_if $loop171
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
  (local $77 v128)
  (local $78 i32)
  (local $79 i32)
  (local.set $26
   (v128.const i32x4 0x42b20000 0x42b20000 0x42b20000 0x42b20000)
  )
  (local.set $28
   (v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b)
  )
  (local.set $29
   (v128.const i32x4 0x4b400000 0x4b400000 0x4b400000 0x4b400000)
  )
  (local.set $32
   (v128.const i32x4 0x3f317200 0x3f317200 0x3f317200 0x3f317200)
  )
  (local.set $33
   (v128.const i32x4 0x35bfbe8e 0x35bfbe8e 0x35bfbe8e 0x35bfbe8e)
  )
  (local.set $35
   (v128.const i32x4 0xb4c0007e 0xb4c0007e 0xb4c0007e 0xb4c0007e)
  )
  (local.set $36
   (v128.const i32x4 0x3c882f45 0x3c882f45 0x3c882f45 0x3c882f45)
  )
  (local.set $37
   (v128.const i32x4 0x3dab9992 0x3dab9992 0x3dab9992 0x3dab9992)
  )
  (local.set $38
   (v128.const i32x4 0x3eaaabe4 0x3eaaabe4 0x3eaaabe4 0x3eaaabe4)
  )
  (local.set $39
   (v128.const i32x4 0x3f7ffef4 0x3f7ffef4 0x3f7ffef4 0x3f7ffef4)
  )
  (local.set $40
   (v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000)
  )
  (local.set $41
   (v128.const i32x4 0xc2d00000 0xc2d00000 0xc2d00000 0xc2d00000)
  )
  (local.set $43
   (v128.const i32x4 0xc2adcccd 0xc2adcccd 0xc2adcccd 0xc2adcccd)
  )
  (local.set $53
   (v128.const i32x4 0x4b400001 0x4b400001 0x4b400001 0x4b400001)
  )
  (local.set $55
   (v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f)
  )
  (block $exit176
   (local.set $4
    (local.get $0)
   )
   (local.set $79
    (local.get $1)
   )
   (br_if $exit176
    (i32.ge_s
     (local.get $4)
     (local.get $79)
    )
   )
   (loop $loop177
    (local.set $12
     (local.get $4)
    )
    (local.set $6
     (i32.rem_u
      (local.get $12)
      (i32.const 1024)
     )
    )
    (local.set $12
     (i32.div_u
      (local.get $12)
      (i32.const 1024)
     )
    )
    (local.set $5
     (local.get $12)
    )
    (local.set $19
     (i32.add
      (i32.add
       (i32.const 10552320)
       (i32.shl
        (local.get $5)
        (i32.const 22)
       )
      )
      (i32.shl
       (local.get $6)
       (i32.const 12)
      )
     )
    )
    (local.set $21
     (i32.add
      (i32.add
       (i32.const 60883968)
       (i32.shl
        (local.get $5)
        (i32.const 12)
       )
      )
      (i32.shl
       (local.get $6)
       (i32.const 2)
      )
     )
    )
    (local.set $22
     (v128.load32_splat
      (local.get $21)
     )
    )
    (block $exit174
     (local.set $7
      (local.get $2)
     )
     (local.set $78
      (i32.sub
       (local.get $3)
       (i32.const 3)
      )
     )
     (br_if $exit174
      (i32.ge_s
       (local.get $7)
       (local.get $78)
      )
     )
     (loop $loop175
      (local.set $20
       (v128.load align=4
        (i32.add
         (local.get $19)
         (i32.shl
          (local.get $7)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $23
       (f32x4.sub
        (local.get $20)
        (local.get $22)
       )
      )
      (local.set $24
       (local.get $23)
      )
      (local.set $25
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (if
       (v128.any_true
        (f32x4.lt
         (local.get $24)
         (local.get $43)
        )
       )
       (then
        (local.set $42
         (f32x4.lt
          (local.get $24)
          (local.get $41)
         )
        )
        (if
         (i32.eqz
          (i32x4.all_true
           (local.get $42)
          )
         )
         (then
          (local.set $44
           (f32x4.pmin
            (f32x4.pmax
             (local.get $24)
             (local.get $43)
            )
            (local.get $26)
           )
          )
          (local.set $45
           (f32x4.add
            (f32x4.mul
             (local.get $44)
             (local.get $28)
            )
            (local.get $29)
           )
          )
          (local.set $46
           (f32x4.sub
            (local.get $45)
            (local.get $29)
           )
          )
          (local.set $47
           (f32x4.sub
            (f32x4.sub
             (local.get $44)
             (f32x4.mul
              (local.get $46)
              (local.get $32)
             )
            )
            (f32x4.mul
             (local.get $46)
             (local.get $33)
            )
           )
          )
          (local.set $25
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
                       (local.get $36)
                       (local.get $47)
                      )
                      (local.get $37)
                     )
                     (local.get $47)
                    )
                    (local.get $38)
                   )
                   (local.get $47)
                  )
                  (local.get $39)
                 )
                 (local.get $47)
                )
                (local.get $40)
               )
               (local.get $47)
              )
              (local.get $40)
             )
             (i32x4.shl
              (i32x4.add
               (local.get $45)
               (local.get $35)
              )
              (i32.const 23)
             )
            )
            (local.get $42)
           )
          )
          (local.set $48
           (v128.andnot
            (f32x4.lt
             (local.get $24)
             (local.get $43)
            )
            (local.get $42)
           )
          )
          (if
           (v128.any_true
            (local.get $48)
           )
           (then
            (local.set $49
             (f32x4.pmax
              (local.get $24)
              (local.get $41)
             )
            )
            (local.set $50
             (f32x4.add
              (f32x4.mul
               (local.get $49)
               (local.get $28)
              )
              (local.get $29)
             )
            )
            (local.set $51
             (f32x4.sub
              (local.get $50)
              (local.get $29)
             )
            )
            (local.set $52
             (f32x4.sub
              (f32x4.sub
               (local.get $49)
               (f32x4.mul
                (local.get $51)
                (local.get $32)
               )
              )
              (f32x4.mul
               (local.get $51)
               (local.get $33)
              )
             )
            )
            (local.set $54
             (i32x4.shr_s
              (i32x4.sub
               (local.get $50)
               (local.get $53)
              )
              (i32.const 1)
             )
            )
            (local.set $25
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
                          (local.get $36)
                          (local.get $52)
                         )
                         (local.get $37)
                        )
                        (local.get $52)
                       )
                       (local.get $38)
                      )
                      (local.get $52)
                     )
                     (local.get $39)
                    )
                    (local.get $52)
                   )
                   (local.get $40)
                  )
                  (local.get $52)
                 )
                 (local.get $40)
                )
                (i32x4.shl
                 (i32x4.add
                  (local.get $54)
                  (local.get $55)
                 )
                 (i32.const 23)
                )
               )
               (i32x4.shl
                (i32x4.add
                 (i32x4.sub
                  (i32x4.sub
                   (local.get $50)
                   (local.get $53)
                  )
                  (local.get $54)
                 )
                 (local.get $55)
                )
                (i32.const 23)
               )
              )
              (local.get $25)
              (local.get $48)
             )
            )
           )
          )
         )
        )
       )
       (else
        (local.set $27
         (f32x4.pmin
          (local.get $24)
          (local.get $26)
         )
        )
        (local.set $30
         (f32x4.add
          (f32x4.mul
           (local.get $27)
           (local.get $28)
          )
          (local.get $29)
         )
        )
        (local.set $31
         (f32x4.sub
          (local.get $30)
          (local.get $29)
         )
        )
        (local.set $34
         (f32x4.sub
          (f32x4.sub
           (local.get $27)
           (f32x4.mul
            (local.get $31)
            (local.get $32)
           )
          )
          (f32x4.mul
           (local.get $31)
           (local.get $33)
          )
         )
        )
        (local.set $25
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
                    (local.get $36)
                    (local.get $34)
                   )
                   (local.get $37)
                  )
                  (local.get $34)
                 )
                 (local.get $38)
                )
                (local.get $34)
               )
               (local.get $39)
              )
              (local.get $34)
             )
             (local.get $40)
            )
            (local.get $34)
           )
           (local.get $40)
          )
          (i32x4.shl
           (i32x4.add
            (local.get $30)
            (local.get $35)
           )
           (i32.const 23)
          )
         )
        )
       )
      )
      (local.set $56
       (local.get $25)
      )
      (v128.store align=4
       (i32.add
        (local.get $19)
        (i32.shl
         (local.get $7)
         (i32.const 2)
        )
       )
       (local.get $56)
      )
      (local.set $7
       (i32.add
        (local.get $7)
        (i32.const 4)
       )
      )
      (br_if $loop175
       (i32.lt_s
        (local.get $7)
        (local.get $78)
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
      (local.set $57
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
      (local.set $58
       (f32x4.sub
        (local.get $57)
        (local.get $22)
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
         (local.get $43)
        )
       )
       (then
        (local.set $65
         (f32x4.lt
          (local.get $59)
          (local.get $41)
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
             (local.get $43)
            )
            (local.get $26)
           )
          )
          (local.set $67
           (f32x4.add
            (f32x4.mul
             (local.get $66)
             (local.get $28)
            )
            (local.get $29)
           )
          )
          (local.set $68
           (f32x4.sub
            (local.get $67)
            (local.get $29)
           )
          )
          (local.set $69
           (f32x4.sub
            (f32x4.sub
             (local.get $66)
             (f32x4.mul
              (local.get $68)
              (local.get $32)
             )
            )
            (f32x4.mul
             (local.get $68)
             (local.get $33)
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
                       (local.get $36)
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
                (local.get $40)
               )
               (local.get $69)
              )
              (local.get $40)
             )
             (i32x4.shl
              (i32x4.add
               (local.get $67)
               (local.get $35)
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
             (local.get $43)
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
              (local.get $41)
             )
            )
            (local.set $72
             (f32x4.add
              (f32x4.mul
               (local.get $71)
               (local.get $28)
              )
              (local.get $29)
             )
            )
            (local.set $73
             (f32x4.sub
              (local.get $72)
              (local.get $29)
             )
            )
            (local.set $74
             (f32x4.sub
              (f32x4.sub
               (local.get $71)
               (f32x4.mul
                (local.get $73)
                (local.get $32)
               )
              )
              (f32x4.mul
               (local.get $73)
               (local.get $33)
              )
             )
            )
            (local.set $75
             (i32x4.shr_s
              (i32x4.sub
               (local.get $72)
               (local.get $53)
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
                          (local.get $36)
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
                   (local.get $40)
                  )
                  (local.get $74)
                 )
                 (local.get $40)
                )
                (i32x4.shl
                 (i32x4.add
                  (local.get $75)
                  (local.get $55)
                 )
                 (i32.const 23)
                )
               )
               (i32x4.shl
                (i32x4.add
                 (i32x4.sub
                  (i32x4.sub
                   (local.get $72)
                   (local.get $53)
                  )
                  (local.get $75)
                 )
                 (local.get $55)
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
          (local.get $26)
         )
        )
        (local.set $62
         (f32x4.add
          (f32x4.mul
           (local.get $61)
           (local.get $28)
          )
          (local.get $29)
         )
        )
        (local.set $63
         (f32x4.sub
          (local.get $62)
          (local.get $29)
         )
        )
        (local.set $64
         (f32x4.sub
          (f32x4.sub
           (local.get $61)
           (f32x4.mul
            (local.get $63)
            (local.get $32)
           )
          )
          (f32x4.mul
           (local.get $63)
           (local.get $33)
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
                    (local.get $36)
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
             (local.get $40)
            )
            (local.get $64)
           )
           (local.get $40)
          )
          (i32x4.shl
           (i32x4.add
            (local.get $62)
            (local.get $35)
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
        (local.get $19)
        (i32.shl
         (i32.add
          (local.get $7)
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
        (local.get $13)
       )
       (then
        (v128.store32_lane 1
         (i32.add
          (local.get $19)
          (i32.shl
           (i32.add
            (local.get $7)
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
        (local.get $13)
       )
       (then
        (v128.store32_lane 2
         (i32.add
          (local.get $19)
          (i32.shl
           (i32.add
            (local.get $7)
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
        (local.get $13)
       )
       (then
        (v128.store32_lane 3
         (i32.add
          (local.get $19)
          (i32.shl
           (i32.add
            (local.get $7)
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
    (br_if $loop177
     (i32.lt_s
      (local.get $4)
      (local.get $79)
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
    (block $exit180
     (local.set $4
      (local.get $2)
     )
     (local.set $8
      (local.get $3)
     )
     (local.set $9
      (local.get $5)
     )
     (br_if $exit180
      (i32.ge_s
       (local.get $4)
       (local.get $8)
      )
     )
     (loop $loop181
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
      (br_if $loop181
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
    (block $exit178
     (local.set $4
      (local.get $0)
     )
     (local.set $6
      (local.get $1)
     )
     (local.set $7
      (local.get $5)
     )
     (br_if $exit178
      (i32.ge_s
       (local.get $4)
       (local.get $6)
      )
     )
     (loop $loop179
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
      (br_if $loop179
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
 (func $op4_part (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
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
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 i32)
  (local $23 v128)
  (local $24 v128)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 v128)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local.set $28
   (v128.const i32x4 0x00000000 0x00000001 0x00000002 0x00000003)
  )
  (local.set $30
   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
  )
  (block $exit186
   (local.set $4
    (local.get $0)
   )
   (local.set $34
    (local.get $1)
   )
   (br_if $exit186
    (i32.ge_s
     (local.get $4)
     (local.get $34)
    )
   )
   (loop $loop187
    (local.set $12
     (local.get $4)
    )
    (local.set $6
     (i32.rem_u
      (local.get $12)
      (i32.const 1024)
     )
    )
    (local.set $12
     (i32.div_u
      (local.get $12)
      (i32.const 1024)
     )
    )
    (local.set $5
     (local.get $12)
    )
    (local.set $22
     (i32.add
      (i32.add
       (i32.const 10552320)
       (i32.shl
        (local.get $5)
        (i32.const 22)
       )
      )
      (i32.shl
       (local.get $6)
       (i32.const 12)
      )
     )
    )
    (local.set $31
     (i32.add
      (i32.add
       (i32.const 60933120)
       (i32.shl
        (local.get $5)
        (i32.const 12)
       )
      )
      (i32.shl
       (local.get $6)
       (i32.const 2)
      )
     )
    )
    (local.set $14
     (local.get $30)
    )
    (local.set $19
     (local.get $30)
    )
    (local.set $20
     (local.get $30)
    )
    (local.set $21
     (local.get $30)
    )
    (block $exit182
     (local.set $7
      (local.get $2)
     )
     (local.set $32
      (i32.sub
       (local.get $3)
       (i32.const 15)
      )
     )
     (br_if $exit182
      (i32.ge_s
       (local.get $7)
       (local.get $32)
      )
     )
     (loop $loop183
      (local.set $23
       (v128.load align=4
        (i32.add
         (local.get $22)
         (i32.shl
          (local.get $7)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $14
       (f32x4.add
        (local.get $14)
        (local.get $23)
       )
      )
      (local.set $24
       (v128.load offset=16 align=4
        (i32.add
         (local.get $22)
         (i32.shl
          (local.get $7)
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
       (v128.load offset=32 align=4
        (i32.add
         (local.get $22)
         (i32.shl
          (local.get $7)
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
      (local.set $26
       (v128.load offset=48 align=4
        (i32.add
         (local.get $22)
         (i32.shl
          (local.get $7)
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
      (local.set $7
       (i32.add
        (local.get $7)
        (i32.const 16)
       )
      )
      (br_if $loop183
       (i32.lt_s
        (local.get $7)
        (local.get $32)
       )
      )
     )
    )
    (block $exit184
     (local.set $7
      (local.get $7)
     )
     (local.set $33
      (i32.sub
       (local.get $3)
       (i32.const 3)
      )
     )
     (br_if $exit184
      (i32.ge_s
       (local.get $7)
       (local.get $33)
      )
     )
     (loop $loop185
      (local.set $27
       (v128.load align=4
        (i32.add
         (local.get $22)
         (i32.shl
          (local.get $7)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $14
       (f32x4.add
        (local.get $14)
        (local.get $27)
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
        (local.get $33)
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
      (local.set $29
       (v128.load32_lane 3
        (i32.add
         (local.get $22)
         (i32.shl
          (local.get $11)
          (i32.const 2)
         )
        )
        (v128.load32_lane 2
         (i32.add
          (local.get $22)
          (i32.shl
           (local.get $10)
           (i32.const 2)
          )
         )
         (v128.load32_lane 1
          (i32.add
           (local.get $22)
           (i32.shl
            (local.get $9)
            (i32.const 2)
           )
          )
          (v128.load32_lane 0
           (i32.add
            (local.get $22)
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
      (local.set $14
       (f32x4.add
        (local.get $14)
        (v128.bitselect
         (local.get $29)
         (local.get $30)
         (i32x4.lt_s
          (local.get $28)
          (i32x4.splat
           (local.get $13)
          )
         )
        )
       )
      )
     )
    )
    (local.set $14
     (f32x4.add
      (local.get $14)
      (local.get $19)
     )
    )
    (local.set $20
     (f32x4.add
      (local.get $20)
      (local.get $21)
     )
    )
    (local.set $14
     (f32x4.add
      (local.get $14)
      (local.get $20)
     )
    )
    (local.set $14
     (f32x4.add
      (local.get $14)
      (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
       (local.get $14)
       (local.get $14)
      )
     )
    )
    (local.set $14
     (f32x4.add
      (local.get $14)
      (i8x16.shuffle 4 5 6 7 0 1 2 3 12 13 14 15 8 9 10 11
       (local.get $14)
       (local.get $14)
      )
     )
    )
    (f32.store
     (local.get $31)
     (f32x4.extract_lane 0
      (local.get $14)
     )
    )
    (local.set $4
     (i32.add
      (local.get $4)
      (i32.const 1)
     )
    )
    (br_if $loop187
     (i32.lt_s
      (local.get $4)
      (local.get $34)
     )
    )
   )
  )
 )
 (func $op4 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
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
  (block $exit188
   (local.set $4
    (local.get $0)
   )
   (local.set $6
    (local.get $1)
   )
   (local.set $7
    (local.get $5)
   )
   (br_if $exit188
    (i32.ge_s
     (local.get $4)
     (local.get $6)
    )
   )
   (loop $loop189
    (call $op4_part
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
    (br_if $loop189
     (i32.lt_s
      (local.get $4)
      (local.get $6)
     )
    )
   )
  )
 )
 (func $op5_epilogue_part (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
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
  (local $27 i32)
  (local $28 i32)
  (block $exit194
   (local.set $4
    (local.get $0)
   )
   (local.set $28
    (local.get $1)
   )
   (br_if $exit194
    (i32.ge_s
     (local.get $4)
     (local.get $28)
    )
   )
   (loop $loop195
    (local.set $12
     (local.get $4)
    )
    (local.set $6
     (i32.rem_u
      (local.get $12)
      (i32.const 1024)
     )
    )
    (local.set $12
     (i32.div_u
      (local.get $12)
      (i32.const 1024)
     )
    )
    (local.set $5
     (local.get $12)
    )
    (local.set $19
     (i32.add
      (i32.add
       (i32.const 60982272)
       (i32.shl
        (local.get $5)
        (i32.const 18)
       )
      )
      (i32.shl
       (local.get $6)
       (i32.const 8)
      )
     )
    )
    (local.set $21
     (i32.add
      (i32.add
       (i32.const 60933120)
       (i32.shl
        (local.get $5)
        (i32.const 12)
       )
      )
      (i32.shl
       (local.get $6)
       (i32.const 2)
      )
     )
    )
    (local.set $22
     (v128.load32_splat
      (local.get $21)
     )
    )
    (block $exit192
     (local.set $7
      (local.get $2)
     )
     (local.set $27
      (i32.sub
       (local.get $3)
       (i32.const 3)
      )
     )
     (br_if $exit192
      (i32.ge_s
       (local.get $7)
       (local.get $27)
      )
     )
     (loop $loop193
      (local.set $20
       (v128.load align=4
        (i32.add
         (local.get $19)
         (i32.shl
          (local.get $7)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $23
       (f32x4.div
        (local.get $20)
        (local.get $22)
       )
      )
      (v128.store align=4
       (i32.add
        (local.get $19)
        (i32.shl
         (local.get $7)
         (i32.const 2)
        )
       )
       (local.get $23)
      )
      (local.set $7
       (i32.add
        (local.get $7)
        (i32.const 4)
       )
      )
      (br_if $loop193
       (i32.lt_s
        (local.get $7)
        (local.get $27)
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
      (local.set $24
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
      (local.set $25
       (f32x4.div
        (local.get $24)
        (local.get $22)
       )
      )
      (local.set $26
       (local.get $25)
      )
      (v128.store32_lane 0
       (i32.add
        (local.get $19)
        (i32.shl
         (i32.add
          (local.get $7)
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
        (local.get $13)
       )
       (then
        (v128.store32_lane 1
         (i32.add
          (local.get $19)
          (i32.shl
           (i32.add
            (local.get $7)
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
        (local.get $13)
       )
       (then
        (v128.store32_lane 2
         (i32.add
          (local.get $19)
          (i32.shl
           (i32.add
            (local.get $7)
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
        (local.get $13)
       )
       (then
        (v128.store32_lane 3
         (i32.add
          (local.get $19)
          (i32.shl
           (i32.add
            (local.get $7)
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
    (br_if $loop195
     (i32.lt_s
      (local.get $4)
      (local.get $28)
     )
    )
   )
  )
 )
 (func $op5_epilogue (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
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
    (block $exit198
     (local.set $4
      (local.get $2)
     )
     (local.set $8
      (local.get $3)
     )
     (local.set $9
      (local.get $5)
     )
     (br_if $exit198
      (i32.ge_s
       (local.get $4)
       (local.get $8)
      )
     )
     (loop $loop199
      (call $op5_epilogue_part
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
      (br_if $loop199
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
    (block $exit196
     (local.set $4
      (local.get $0)
     )
     (local.set $6
      (local.get $1)
     )
     (local.set $7
      (local.get $5)
     )
     (br_if $exit196
      (i32.ge_s
       (local.get $4)
       (local.get $6)
      )
     )
     (loop $loop197
      (call $op5_epilogue_part
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
      (br_if $loop197
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
 (func $op5_packA (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32)
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
  (block $exit210
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
   (br_if $exit210
    (i32.ge_s
     (local.get $6)
     (local.get $40)
    )
   )
   (loop $loop211
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
         (i32.const 64153408)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 64153472)
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
         (i32.const 64153408)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 64153472)
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
         (i32.const 64153408)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 64153472)
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
         (i32.const 64153408)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 64153472)
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
    (block $exit208
     (local.set $19
      (i32.const 0)
     )
     (local.set $39
      (local.get $4)
     )
     (br_if $exit208
      (i32.ge_s
       (local.get $19)
       (local.get $39)
      )
     )
     (loop $loop209
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
      (block $exit202
       (local.set $20
        (local.get $22)
       )
       (local.set $36
        (local.get $4)
       )
       (br_if $exit202
        (i32.ge_s
         (local.get $20)
         (local.get $36)
        )
       )
       (loop $loop203
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
        (br_if $loop203
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
          (i32.const 10552320)
          (i32.shl
           (i32.add
            (local.get $14)
            (i32.load
             (i32.add
              (i32.const 64157568)
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
          (i32.const 10552320)
          (i32.shl
           (i32.add
            (local.get $15)
            (i32.load
             (i32.add
              (i32.const 64157568)
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
          (i32.const 10552320)
          (i32.shl
           (i32.add
            (local.get $16)
            (i32.load
             (i32.add
              (i32.const 64157568)
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
          (i32.const 10552320)
          (i32.shl
           (i32.add
            (local.get $17)
            (i32.load
             (i32.add
              (i32.const 64157568)
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
        (block $exit204
         (local.set $7
          (local.get $19)
         )
         (local.set $37
          (local.get $23)
         )
         (br_if $exit204
          (i32.ge_s
           (local.get $7)
           (local.get $37)
          )
         )
         (loop $loop205
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
          (br_if $loop205
           (i32.lt_s
            (local.get $7)
            (local.get $37)
           )
          )
         )
        )
       )
      )
      (block $exit206
       (local.set $7
        (local.get $23)
       )
       (local.set $38
        (local.get $22)
       )
       (br_if $exit206
        (i32.ge_s
         (local.get $7)
         (local.get $38)
        )
       )
       (loop $loop207
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
            (i32.const 10552320)
            (i32.shl
             (i32.add
              (local.get $14)
              (i32.load
               (i32.add
                (i32.const 64157568)
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
            (i32.const 10552320)
            (i32.shl
             (i32.add
              (local.get $15)
              (i32.load
               (i32.add
                (i32.const 64157568)
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
            (i32.const 10552320)
            (i32.shl
             (i32.add
              (local.get $16)
              (i32.load
               (i32.add
                (i32.const 64157568)
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
            (i32.const 10552320)
            (i32.shl
             (i32.add
              (local.get $17)
              (i32.load
               (i32.add
                (i32.const 64157568)
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
        (br_if $loop207
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
      (br_if $loop209
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
    (br_if $loop211
     (i32.lt_s
      (local.get $6)
      (local.get $40)
     )
    )
   )
  )
 )
 (func $op5_packB (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32)
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
      (i32.const 6356992)
      (i32.shl
       (i32.add
        (i32.load
         (i32.add
          (i32.const 64161664)
          (i32.shl
           (local.get $5)
           (i32.const 2)
          )
         )
        )
        (i32.load
         (i32.add
          (i32.const 64161728)
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
    (block $exit218
     (local.set $7
      (i32.const 0)
     )
     (local.set $35
      (local.get $2)
     )
     (br_if $exit218
      (i32.ge_s
       (local.get $7)
       (local.get $35)
      )
     )
     (loop $loop219
      (local.set $31
       (i32.add
        (local.get $30)
        (i32.shl
         (i32.load
          (i32.add
           (i32.const 64161984)
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
      (block $exit216
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
       (br_if $exit216
        (i32.ge_s
         (local.get $6)
         (local.get $34)
        )
       )
       (loop $loop217
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
        (br_if $loop217
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
      (br_if $loop219
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
    (block $exit214
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
     (br_if $exit214
      (i32.ge_s
       (local.get $6)
       (local.get $29)
      )
     )
     (loop $loop215
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
           (i32.const 64161664)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 64161728)
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
           (i32.const 64161664)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 64161728)
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
           (i32.const 64161664)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 64161728)
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
           (i32.const 64161664)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 64161728)
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
           (i32.const 64161664)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 64161728)
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
           (i32.const 64161664)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 64161728)
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
           (i32.const 64161664)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 64161728)
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
           (i32.const 64161664)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 64161728)
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
      (block $exit212
       (local.set $7
        (i32.const 0)
       )
       (local.set $28
        (local.get $2)
       )
       (br_if $exit212
        (i32.ge_s
         (local.get $7)
         (local.get $28)
        )
       )
       (loop $loop213
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
            (i32.const 6356992)
            (i32.shl
             (i32.add
              (local.get $19)
              (i32.load
               (i32.add
                (i32.const 64161984)
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
              (i32.const 6356992)
              (i32.shl
               (i32.add
                (local.get $19)
                (i32.load
                 (i32.add
                  (i32.const 64161984)
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
              (i32.const 6356992)
              (i32.shl
               (i32.add
                (local.get $20)
                (i32.load
                 (i32.add
                  (i32.const 64161984)
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
              (i32.const 6356992)
              (i32.shl
               (i32.add
                (local.get $21)
                (i32.load
                 (i32.add
                  (i32.const 64161984)
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
              (i32.const 6356992)
              (i32.shl
               (i32.add
                (local.get $22)
                (i32.load
                 (i32.add
                  (i32.const 64161984)
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
              (i32.const 6356992)
              (i32.shl
               (i32.add
                (local.get $23)
                (i32.load
                 (i32.add
                  (i32.const 64161984)
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
              (i32.const 6356992)
              (i32.shl
               (i32.add
                (local.get $24)
                (i32.load
                 (i32.add
                  (i32.const 64161984)
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
              (i32.const 6356992)
              (i32.shl
               (i32.add
                (local.get $25)
                (i32.load
                 (i32.add
                  (i32.const 64161984)
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
              (i32.const 6356992)
              (i32.shl
               (i32.add
                (local.get $26)
                (i32.load
                 (i32.add
                  (i32.const 64161984)
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
        (br_if $loop213
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
      (br_if $loop215
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
 (func $op5_mk (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32)
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
  (block $exit220
   (local.set $28
    (local.get $0)
   )
   (local.set $29
    (local.get $27)
   )
   (br_if $exit220
    (i32.ge_s
     (local.get $28)
     (local.get $29)
    )
   )
   (loop $loop221
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
    (br_if $loop221
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
      (i32.const 60933120)
      (i32.shl
       (i32.add
        (i32.load
         (i32.add
          (i32.const 64149248)
          (i32.shl
           (local.get $6)
           (i32.const 2)
          )
         )
        )
        (i32.load
         (i32.add
          (i32.const 64149312)
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
      (i32.const 60933120)
      (i32.shl
       (i32.add
        (i32.load
         (i32.add
          (i32.const 64149248)
          (i32.shl
           (local.get $6)
           (i32.const 2)
          )
         )
        )
        (i32.load
         (i32.add
          (i32.const 64149312)
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
      (i32.const 60933120)
      (i32.shl
       (i32.add
        (i32.load
         (i32.add
          (i32.const 64149248)
          (i32.shl
           (local.get $6)
           (i32.const 2)
          )
         )
        )
        (i32.load
         (i32.add
          (i32.const 64149312)
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
      (i32.const 60933120)
      (i32.shl
       (i32.add
        (i32.load
         (i32.add
          (i32.const 64149248)
          (i32.shl
           (local.get $6)
           (i32.const 2)
          )
         )
        )
        (i32.load
         (i32.add
          (i32.const 64149312)
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
     (local.get $30)
    )
    (local.set $32
     (v128.load32_splat
      (local.get $8)
     )
    )
    (local.set $33
     (f32x4.div
      (local.get $31)
      (local.get $32)
     )
    )
    (local.set $16
     (local.get $33)
    )
    (local.set $34
     (local.get $17)
    )
    (local.set $35
     (local.get $34)
    )
    (local.set $36
     (v128.load32_splat
      (local.get $8)
     )
    )
    (local.set $37
     (f32x4.div
      (local.get $35)
      (local.get $36)
     )
    )
    (local.set $17
     (local.get $37)
    )
    (local.set $38
     (local.get $18)
    )
    (local.set $39
     (local.get $38)
    )
    (local.set $40
     (v128.load32_splat
      (local.get $9)
     )
    )
    (local.set $41
     (f32x4.div
      (local.get $39)
      (local.get $40)
     )
    )
    (local.set $18
     (local.get $41)
    )
    (local.set $42
     (local.get $19)
    )
    (local.set $43
     (local.get $42)
    )
    (local.set $44
     (v128.load32_splat
      (local.get $9)
     )
    )
    (local.set $45
     (f32x4.div
      (local.get $43)
      (local.get $44)
     )
    )
    (local.set $19
     (local.get $45)
    )
    (local.set $46
     (local.get $20)
    )
    (local.set $47
     (local.get $46)
    )
    (local.set $48
     (v128.load32_splat
      (local.get $10)
     )
    )
    (local.set $49
     (f32x4.div
      (local.get $47)
      (local.get $48)
     )
    )
    (local.set $20
     (local.get $49)
    )
    (local.set $50
     (local.get $21)
    )
    (local.set $51
     (local.get $50)
    )
    (local.set $52
     (v128.load32_splat
      (local.get $10)
     )
    )
    (local.set $53
     (f32x4.div
      (local.get $51)
      (local.get $52)
     )
    )
    (local.set $21
     (local.get $53)
    )
    (local.set $54
     (local.get $22)
    )
    (local.set $55
     (local.get $54)
    )
    (local.set $56
     (v128.load32_splat
      (local.get $11)
     )
    )
    (local.set $57
     (f32x4.div
      (local.get $55)
      (local.get $56)
     )
    )
    (local.set $22
     (local.get $57)
    )
    (local.set $58
     (local.get $23)
    )
    (local.set $59
     (local.get $58)
    )
    (local.set $60
     (v128.load32_splat
      (local.get $11)
     )
    )
    (local.set $61
     (f32x4.div
      (local.get $59)
      (local.get $60)
     )
    )
    (local.set $23
     (local.get $61)
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
 (func $op5 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32)
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
  (local $83 i32)
  (local $84 i32)
  (local $85 i32)
  (local $86 i32)
  (local $87 i32)
  (local $88 i32)
  (local $89 i32)
  (local $90 i32)
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
  (block $exit252
   (local.set $7
    (i32.const 0)
   )
   (local.set $90
    (local.get $1)
   )
   (br_if $exit252
    (i32.ge_s
     (local.get $7)
     (local.get $90)
    )
   )
   (loop $loop253
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
    (block $exit246
     (local.set $35
      (i32.const 0)
     )
     (local.set $87
      (local.get $15)
     )
     (br_if $exit246
      (i32.ge_s
       (local.get $35)
       (local.get $87)
      )
     )
     (loop $loop247
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
      (br_if $loop247
       (i32.lt_s
        (local.get $35)
        (local.get $87)
       )
      )
     )
    )
    (local.set $17
     (local.get $16)
    )
    (block $exit248
     (local.set $35
      (local.get $16)
     )
     (local.set $88
      (local.get $15)
     )
     (br_if $exit248
      (i32.ge_s
       (local.get $35)
       (local.get $88)
      )
     )
     (loop $loop249
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
      (br_if $loop249
       (i32.lt_s
        (local.get $35)
        (local.get $88)
       )
      )
     )
    )
    (block $exit250
     (local.set $23
      (local.get $16)
     )
     (local.set $89
      (local.get $17)
     )
     (br_if $exit250
      (i32.ge_s
       (local.get $23)
       (local.get $89)
      )
     )
     (loop $loop251
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
      (block $exit244
       (local.set $25
        (i32.const 0)
       )
       (local.set $86
        (local.get $13)
       )
       (br_if $exit244
        (i32.ge_s
         (local.get $25)
         (local.get $86)
        )
       )
       (loop $loop245
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
        (call $op5_packB
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
        (block $exit242
         (local.set $27
          (i32.const 0)
         )
         (local.set $85
          (local.get $11)
         )
         (br_if $exit242
          (i32.ge_s
           (local.get $27)
           (local.get $85)
          )
         )
         (loop $loop243
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
          (call $op5_packA
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
          (block $exit240
           (local.set $29
            (i32.const 0)
           )
           (local.set $84
            (i32.div_s
             (i32.add
              (local.get $24)
              (i32.const 7)
             )
             (i32.const 8)
            )
           )
           (br_if $exit240
            (i32.ge_s
             (local.get $29)
             (local.get $84)
            )
           )
           (loop $loop241
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
            (block $exit238
             (local.set $30
              (i32.const 0)
             )
             (local.set $83
              (i32.div_s
               (i32.add
                (local.get $28)
                (i32.const 3)
               )
               (i32.const 4)
              )
             )
             (br_if $exit238
              (i32.ge_s
               (local.get $30)
               (local.get $83)
              )
             )
             (loop $loop239
              (if
               (local.get $33)
               (then
                (i32.store
                 (local.get $39)
                 (select
                  (i32.add
                   (i32.const 60982272)
                   (i32.shl
                    (i32.add
                     (i32.add
                      (i32.load
                       (i32.add
                        (i32.const 64166080)
                        (i32.shl
                         (local.get $9)
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.load
                       (i32.add
                        (i32.const 64166144)
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
                       (i32.const 64170240)
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
                   (i32.const 60982272)
                   (i32.shl
                    (i32.add
                     (i32.add
                      (i32.load
                       (i32.add
                        (i32.const 64166080)
                        (i32.shl
                         (local.get $9)
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.load
                       (i32.add
                        (i32.const 64166144)
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
                       (i32.const 64170240)
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
                   (i32.const 60982272)
                   (i32.shl
                    (i32.add
                     (i32.add
                      (i32.load
                       (i32.add
                        (i32.const 64166080)
                        (i32.shl
                         (local.get $9)
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.load
                       (i32.add
                        (i32.const 64166144)
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
                       (i32.const 64170240)
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
                   (i32.const 60982272)
                   (i32.shl
                    (i32.add
                     (i32.add
                      (i32.load
                       (i32.add
                        (i32.const 64166080)
                        (i32.shl
                         (local.get $9)
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.load
                       (i32.add
                        (i32.const 64166144)
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
                       (i32.const 64170240)
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
                (call $op5_mk
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
                    (i32.const 64170240)
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
                     (i32.const 64166080)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 64166144)
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
                (block $exit222
                 (local.set $35
                  (i32.const 0)
                 )
                 (local.set $43
                  (i32.const 8)
                 )
                 (br_if $exit222
                  (i32.ge_s
                   (local.get $35)
                   (local.get $43)
                  )
                 )
                 (loop $loop223
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
                      (i32.const 60982272)
                      (i32.shl
                       (i32.add
                        (local.get $34)
                        (i32.load
                         (i32.add
                          (i32.const 64170240)
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
                  (br_if $loop223
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
                     (i32.const 64166080)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 64166144)
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
                (block $exit226
                 (local.set $35
                  (i32.const 0)
                 )
                 (local.set $45
                  (i32.const 8)
                 )
                 (br_if $exit226
                  (i32.ge_s
                   (local.get $35)
                   (local.get $45)
                  )
                 )
                 (loop $loop227
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
                      (i32.const 60982272)
                      (i32.shl
                       (i32.add
                        (local.get $34)
                        (i32.load
                         (i32.add
                          (i32.const 64170240)
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
                  (br_if $loop227
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
                     (i32.const 64166080)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 64166144)
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
                (block $exit230
                 (local.set $35
                  (i32.const 0)
                 )
                 (local.set $47
                  (i32.const 8)
                 )
                 (br_if $exit230
                  (i32.ge_s
                   (local.get $35)
                   (local.get $47)
                  )
                 )
                 (loop $loop231
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
                      (i32.const 60982272)
                      (i32.shl
                       (i32.add
                        (local.get $34)
                        (i32.load
                         (i32.add
                          (i32.const 64170240)
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
                  (br_if $loop231
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
                     (i32.const 64166080)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 64166144)
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
                (block $exit234
                 (local.set $35
                  (i32.const 0)
                 )
                 (local.set $49
                  (i32.const 8)
                 )
                 (br_if $exit234
                  (i32.ge_s
                   (local.get $35)
                   (local.get $49)
                  )
                 )
                 (loop $loop235
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
                      (i32.const 60982272)
                      (i32.shl
                       (i32.add
                        (local.get $34)
                        (i32.load
                         (i32.add
                          (i32.const 64170240)
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
                  (br_if $loop235
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
                    (i32.const 60933120)
                    (i32.shl
                     (i32.add
                      (i32.load
                       (i32.add
                        (i32.const 64149248)
                        (i32.shl
                         (local.get $9)
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.load
                       (i32.add
                        (i32.const 64149312)
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
                    (i32.const 60933120)
                    (i32.shl
                     (i32.add
                      (i32.load
                       (i32.add
                        (i32.const 64149248)
                        (i32.shl
                         (local.get $9)
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.load
                       (i32.add
                        (i32.const 64149312)
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
                    (i32.const 60933120)
                    (i32.shl
                     (i32.add
                      (i32.load
                       (i32.add
                        (i32.const 64149248)
                        (i32.shl
                         (local.get $9)
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.load
                       (i32.add
                        (i32.const 64149312)
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
                    (i32.const 60933120)
                    (i32.shl
                     (i32.add
                      (i32.load
                       (i32.add
                        (i32.const 64149248)
                        (i32.shl
                         (local.get $9)
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.load
                       (i32.add
                        (i32.const 64149312)
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
                     (local.get $51)
                    )
                    (local.set $53
                     (v128.load32_splat
                      (local.get $19)
                     )
                    )
                    (local.set $54
                     (f32x4.div
                      (local.get $52)
                      (local.get $53)
                     )
                    )
                    (v128.store align=4
                     (local.get $40)
                     (local.get $54)
                    )
                    (local.set $55
                     (v128.load offset=16 align=4
                      (local.get $40)
                     )
                    )
                    (local.set $56
                     (local.get $55)
                    )
                    (local.set $57
                     (v128.load32_splat
                      (local.get $19)
                     )
                    )
                    (local.set $58
                     (f32x4.div
                      (local.get $56)
                      (local.get $57)
                     )
                    )
                    (v128.store offset=16 align=4
                     (local.get $40)
                     (local.get $58)
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
                    (local.set $59
                     (v128.load offset=32 align=4
                      (local.get $40)
                     )
                    )
                    (local.set $60
                     (local.get $59)
                    )
                    (local.set $61
                     (v128.load32_splat
                      (local.get $20)
                     )
                    )
                    (local.set $62
                     (f32x4.div
                      (local.get $60)
                      (local.get $61)
                     )
                    )
                    (v128.store offset=32 align=4
                     (local.get $40)
                     (local.get $62)
                    )
                    (local.set $63
                     (v128.load offset=48 align=4
                      (local.get $40)
                     )
                    )
                    (local.set $64
                     (local.get $63)
                    )
                    (local.set $65
                     (v128.load32_splat
                      (local.get $20)
                     )
                    )
                    (local.set $66
                     (f32x4.div
                      (local.get $64)
                      (local.get $65)
                     )
                    )
                    (v128.store offset=48 align=4
                     (local.get $40)
                     (local.get $66)
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
                    (local.set $67
                     (v128.load offset=64 align=4
                      (local.get $40)
                     )
                    )
                    (local.set $68
                     (local.get $67)
                    )
                    (local.set $69
                     (v128.load32_splat
                      (local.get $21)
                     )
                    )
                    (local.set $70
                     (f32x4.div
                      (local.get $68)
                      (local.get $69)
                     )
                    )
                    (v128.store offset=64 align=4
                     (local.get $40)
                     (local.get $70)
                    )
                    (local.set $71
                     (v128.load offset=80 align=4
                      (local.get $40)
                     )
                    )
                    (local.set $72
                     (local.get $71)
                    )
                    (local.set $73
                     (v128.load32_splat
                      (local.get $21)
                     )
                    )
                    (local.set $74
                     (f32x4.div
                      (local.get $72)
                      (local.get $73)
                     )
                    )
                    (v128.store offset=80 align=4
                     (local.get $40)
                     (local.get $74)
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
                    (local.set $75
                     (v128.load offset=96 align=4
                      (local.get $40)
                     )
                    )
                    (local.set $76
                     (local.get $75)
                    )
                    (local.set $77
                     (v128.load32_splat
                      (local.get $22)
                     )
                    )
                    (local.set $78
                     (f32x4.div
                      (local.get $76)
                      (local.get $77)
                     )
                    )
                    (v128.store offset=96 align=4
                     (local.get $40)
                     (local.get $78)
                    )
                    (local.set $79
                     (v128.load offset=112 align=4
                      (local.get $40)
                     )
                    )
                    (local.set $80
                     (local.get $79)
                    )
                    (local.set $81
                     (v128.load32_splat
                      (local.get $22)
                     )
                    )
                    (local.set $82
                     (f32x4.div
                      (local.get $80)
                      (local.get $81)
                     )
                    )
                    (v128.store offset=112 align=4
                     (local.get $40)
                     (local.get $82)
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
                     (i32.const 64166080)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 64166144)
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
                (block $exit224
                 (local.set $35
                  (i32.const 0)
                 )
                 (local.set $44
                  (local.get $32)
                 )
                 (br_if $exit224
                  (i32.ge_s
                   (local.get $35)
                   (local.get $44)
                  )
                 )
                 (loop $loop225
                  (if
                   (local.get $36)
                   (then
                    (f32.store
                     (i32.add
                      (i32.const 60982272)
                      (i32.shl
                       (i32.add
                        (local.get $34)
                        (i32.load
                         (i32.add
                          (i32.const 64170240)
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
                  (br_if $loop225
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
                     (i32.const 64166080)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 64166144)
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
                (block $exit228
                 (local.set $35
                  (i32.const 0)
                 )
                 (local.set $46
                  (local.get $32)
                 )
                 (br_if $exit228
                  (i32.ge_s
                   (local.get $35)
                   (local.get $46)
                  )
                 )
                 (loop $loop229
                  (if
                   (local.get $36)
                   (then
                    (f32.store
                     (i32.add
                      (i32.const 60982272)
                      (i32.shl
                       (i32.add
                        (local.get $34)
                        (i32.load
                         (i32.add
                          (i32.const 64170240)
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
                  (br_if $loop229
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
                     (i32.const 64166080)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 64166144)
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
                (block $exit232
                 (local.set $35
                  (i32.const 0)
                 )
                 (local.set $48
                  (local.get $32)
                 )
                 (br_if $exit232
                  (i32.ge_s
                   (local.get $35)
                   (local.get $48)
                  )
                 )
                 (loop $loop233
                  (if
                   (local.get $36)
                   (then
                    (f32.store
                     (i32.add
                      (i32.const 60982272)
                      (i32.shl
                       (i32.add
                        (local.get $34)
                        (i32.load
                         (i32.add
                          (i32.const 64170240)
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
                  (br_if $loop233
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
                     (i32.const 64166080)
                     (i32.shl
                      (local.get $9)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 64166144)
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
                (block $exit236
                 (local.set $35
                  (i32.const 0)
                 )
                 (local.set $50
                  (local.get $32)
                 )
                 (br_if $exit236
                  (i32.ge_s
                   (local.get $35)
                   (local.get $50)
                  )
                 )
                 (loop $loop237
                  (if
                   (local.get $36)
                   (then
                    (f32.store
                     (i32.add
                      (i32.const 60982272)
                      (i32.shl
                       (i32.add
                        (local.get $34)
                        (i32.load
                         (i32.add
                          (i32.const 64170240)
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
                  (br_if $loop237
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
              (br_if $loop239
               (i32.lt_s
                (local.get $30)
                (local.get $83)
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
            (br_if $loop241
             (i32.lt_s
              (local.get $29)
              (local.get $84)
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
          (br_if $loop243
           (i32.lt_s
            (local.get $27)
            (local.get $85)
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
        (br_if $loop245
         (i32.lt_s
          (local.get $25)
          (local.get $86)
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
      (br_if $loop251
       (i32.lt_s
        (local.get $23)
        (local.get $89)
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
    (br_if $loop253
     (i32.lt_s
      (local.get $7)
      (local.get $90)
     )
    )
   )
  )
 )
 (func $op5_claim (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (block $exit254
   (local.set $10
    (i32.const 0)
   )
   (local.set $12
    (local.get $1)
   )
   (br_if $exit254
    (i32.ge_s
     (local.get $10)
     (local.get $12)
    )
   )
   (loop $loop255
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
      (call $op5
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
    (br_if $loop255
     (i32.lt_s
      (local.get $10)
      (local.get $12)
     )
    )
   )
  )
 )
 (func $op5_prepack (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (block $exit256
   (local.set $2
    (i32.const 0)
   )
   (local.set $4
    (local.get $1)
   )
   (br_if $exit256
    (i32.ge_s
     (local.get $2)
     (local.get $4)
    )
   )
   (loop $loop257
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
      (call $op5_packA
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
    (br_if $loop257
     (i32.lt_s
      (local.get $2)
      (local.get $4)
     )
    )
   )
  )
 )
 (func $op5_rows (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32)
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
  (local $74 i32)
  (local.set $33
   (local.get $0)
  )
  (block $exit262
   (local.set $39
    (i32.const 0)
   )
   (local.set $74
    (local.get $7)
   )
   (br_if $exit262
    (i32.ge_s
     (local.get $39)
     (local.get $74)
    )
   )
   (loop $loop263
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
      (block $exit258
       (local.set $34
        (local.get $33)
       )
       (local.set $40
        (local.get $35)
       )
       (br_if $exit258
        (i32.ge_s
         (local.get $34)
         (local.get $40)
        )
       )
       (loop $loop259
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
        (br_if $loop259
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
      (block $exit260
       (local.set $37
        (local.get $3)
       )
       (local.set $41
        (local.get $38)
       )
       (br_if $exit260
        (i32.ge_s
         (local.get $37)
         (local.get $41)
        )
       )
       (loop $loop261
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
        (br_if $loop261
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
        (i32.const 60933120)
        (i32.shl
         (i32.add
          (i32.load
           (i32.add
            (i32.const 64149248)
            (i32.shl
             (local.get $13)
             (i32.const 2)
            )
           )
          )
          (i32.load
           (i32.add
            (i32.const 64149312)
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
        (i32.const 60933120)
        (i32.shl
         (i32.add
          (i32.load
           (i32.add
            (i32.const 64149248)
            (i32.shl
             (local.get $13)
             (i32.const 2)
            )
           )
          )
          (i32.load
           (i32.add
            (i32.const 64149312)
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
        (i32.const 60933120)
        (i32.shl
         (i32.add
          (i32.load
           (i32.add
            (i32.const 64149248)
            (i32.shl
             (local.get $13)
             (i32.const 2)
            )
           )
          )
          (i32.load
           (i32.add
            (i32.const 64149312)
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
        (i32.const 60933120)
        (i32.shl
         (i32.add
          (i32.load
           (i32.add
            (i32.const 64149248)
            (i32.shl
             (local.get $13)
             (i32.const 2)
            )
           )
          )
          (i32.load
           (i32.add
            (i32.const 64149312)
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
       (local.get $42)
      )
      (local.set $44
       (v128.load32_splat
        (local.get $14)
       )
      )
      (local.set $45
       (f32x4.div
        (local.get $43)
        (local.get $44)
       )
      )
      (local.set $22
       (local.get $45)
      )
      (local.set $46
       (local.get $23)
      )
      (local.set $47
       (local.get $46)
      )
      (local.set $48
       (v128.load32_splat
        (local.get $14)
       )
      )
      (local.set $49
       (f32x4.div
        (local.get $47)
        (local.get $48)
       )
      )
      (local.set $23
       (local.get $49)
      )
      (local.set $50
       (local.get $24)
      )
      (local.set $51
       (local.get $50)
      )
      (local.set $52
       (v128.load32_splat
        (local.get $15)
       )
      )
      (local.set $53
       (f32x4.div
        (local.get $51)
        (local.get $52)
       )
      )
      (local.set $24
       (local.get $53)
      )
      (local.set $54
       (local.get $25)
      )
      (local.set $55
       (local.get $54)
      )
      (local.set $56
       (v128.load32_splat
        (local.get $15)
       )
      )
      (local.set $57
       (f32x4.div
        (local.get $55)
        (local.get $56)
       )
      )
      (local.set $25
       (local.get $57)
      )
      (local.set $58
       (local.get $26)
      )
      (local.set $59
       (local.get $58)
      )
      (local.set $60
       (v128.load32_splat
        (local.get $16)
       )
      )
      (local.set $61
       (f32x4.div
        (local.get $59)
        (local.get $60)
       )
      )
      (local.set $26
       (local.get $61)
      )
      (local.set $62
       (local.get $27)
      )
      (local.set $63
       (local.get $62)
      )
      (local.set $64
       (v128.load32_splat
        (local.get $16)
       )
      )
      (local.set $65
       (f32x4.div
        (local.get $63)
        (local.get $64)
       )
      )
      (local.set $27
       (local.get $65)
      )
      (local.set $66
       (local.get $28)
      )
      (local.set $67
       (local.get $66)
      )
      (local.set $68
       (v128.load32_splat
        (local.get $17)
       )
      )
      (local.set $69
       (f32x4.div
        (local.get $67)
        (local.get $68)
       )
      )
      (local.set $28
       (local.get $69)
      )
      (local.set $70
       (local.get $29)
      )
      (local.set $71
       (local.get $70)
      )
      (local.set $72
       (v128.load32_splat
        (local.get $17)
       )
      )
      (local.set $73
       (f32x4.div
        (local.get $71)
        (local.get $72)
       )
      )
      (local.set $29
       (local.get $73)
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
    (br_if $loop263
     (i32.lt_s
      (local.get $39)
      (local.get $74)
     )
    )
   )
  )
 )
 (func $op5_shared (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32)
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
  (local $98 i32)
  (local $99 i32)
  (local $100 i32)
  (local $101 i32)
  (local $102 i32)
  (local $103 i32)
  (local $104 i32)
  (local $105 i32)
  (local $106 i32)
  (local $107 i32)
  (local $108 i32)
  (local $109 i32)
  (local $110 i32)
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
  (block $exit300
   (local.set $16
    (i32.const 0)
   )
   (local.set $110
    (local.get $1)
   )
   (br_if $exit300
    (i32.ge_s
     (local.get $16)
     (local.get $110)
    )
   )
   (loop $loop301
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
      (block $exit298
       (local.set $17
        (i32.const 0)
       )
       (local.set $109
        (local.get $11)
       )
       (br_if $exit298
        (i32.ge_s
         (local.get $17)
         (local.get $109)
        )
       )
       (loop $loop299
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
         (block $exit292
          (local.set $19
           (local.get $18)
          )
          (local.set $105
           (local.get $11)
          )
          (br_if $exit292
           (i32.ge_s
            (local.get $19)
            (local.get $105)
           )
          )
          (loop $loop293
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
           (br_if $loop293
            (i32.lt_s
             (local.get $19)
             (local.get $105)
            )
           )
          )
         )
        )
        (if
         (local.get $14)
         (then
          (block $exit294
           (local.set $19
            (local.get $17)
           )
           (local.set $106
            (local.get $18)
           )
           (br_if $exit294
            (i32.ge_s
             (local.get $19)
             (local.get $106)
            )
           )
           (loop $loop295
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
              (call $op5_packA
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
            (br_if $loop295
             (i32.lt_s
              (local.get $19)
              (local.get $106)
             )
            )
           )
          )
         )
        )
        (block $exit296
         (local.set $22
          (local.get $12)
         )
         (local.set $107
          (local.get $13)
         )
         (local.set $108
          (local.get $7)
         )
         (br_if $exit296
          (i32.ge_s
           (local.get $22)
           (local.get $107)
          )
         )
         (loop $loop297
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
          (block $exit290
           (local.set $24
            (i32.const 0)
           )
           (local.set $103
            (select
             (i32.const 1)
             (local.get $47)
             (local.get $5)
            )
           )
           (local.set $104
            (local.get $6)
           )
           (br_if $exit290
            (i32.ge_s
             (local.get $24)
             (local.get $103)
            )
           )
           (loop $loop291
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
              (call $op5_packB
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
            (block $exit288
             (local.set $19
              (local.get $17)
             )
             (local.set $102
              (local.get $18)
             )
             (br_if $exit288
              (i32.ge_s
               (local.get $19)
               (local.get $102)
              )
             )
             (loop $loop289
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
                 (block $exit282
                  (local.set $30
                   (i32.const 0)
                  )
                  (local.set $99
                   (i32.const 32)
                  )
                  (br_if $exit282
                   (i32.ge_s
                    (local.get $30)
                    (local.get $99)
                   )
                  )
                  (loop $loop283
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
                   (br_if $loop283
                    (i32.lt_s
                     (local.get $30)
                     (local.get $99)
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
                 (block $exit284
                  (local.set $30
                   (i32.const 0)
                  )
                  (local.set $100
                   (i32.const 32)
                  )
                  (br_if $exit284
                   (i32.ge_s
                    (local.get $30)
                    (local.get $100)
                   )
                  )
                  (loop $loop285
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
                   (br_if $loop285
                    (i32.lt_s
                     (local.get $30)
                     (local.get $100)
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
                (block $exit286
                 (local.set $31
                  (i32.const 0)
                 )
                 (local.set $101
                  (i32.div_s
                   (i32.add
                    (local.get $23)
                    (i32.const 7)
                   )
                   (i32.const 8)
                  )
                 )
                 (br_if $exit286
                  (i32.ge_s
                   (local.get $31)
                   (local.get $101)
                  )
                 )
                 (loop $loop287
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
                      (i32.const 6356992)
                      (i32.shl
                       (i32.load
                        (i32.add
                         (i32.const 64161728)
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
                    (call $op5_rows
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
                        (i32.const 64170240)
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
                    (block $exit280
                     (local.set $32
                      (i32.const 0)
                     )
                     (local.set $98
                      (i32.div_s
                       (i32.add
                        (local.get $39)
                        (i32.const 3)
                       )
                       (i32.const 4)
                      )
                     )
                     (br_if $exit280
                      (i32.ge_s
                       (local.get $32)
                       (local.get $98)
                      )
                     )
                     (loop $loop281
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
                           (i32.const 64166080)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 64166144)
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
                      (block $exit264
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $58
                        (i32.const 8)
                       )
                       (br_if $exit264
                        (i32.ge_s
                         (local.get $42)
                         (local.get $58)
                        )
                       )
                       (loop $loop265
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
                            (i32.const 60982272)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 64170240)
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
                        (br_if $loop265
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
                           (i32.const 64166080)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 64166144)
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
                      (block $exit268
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $60
                        (i32.const 8)
                       )
                       (br_if $exit268
                        (i32.ge_s
                         (local.get $42)
                         (local.get $60)
                        )
                       )
                       (loop $loop269
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
                            (i32.const 60982272)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 64170240)
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
                        (br_if $loop269
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
                           (i32.const 64166080)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 64166144)
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
                      (block $exit272
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $62
                        (i32.const 8)
                       )
                       (br_if $exit272
                        (i32.ge_s
                         (local.get $42)
                         (local.get $62)
                        )
                       )
                       (loop $loop273
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
                            (i32.const 60982272)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 64170240)
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
                        (br_if $loop273
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
                           (i32.const 64166080)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 64166144)
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
                      (block $exit276
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $64
                        (i32.const 8)
                       )
                       (br_if $exit276
                        (i32.ge_s
                         (local.get $42)
                         (local.get $64)
                        )
                       )
                       (loop $loop277
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
                            (i32.const 60982272)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 64170240)
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
                        (br_if $loop277
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
                          (i32.const 60933120)
                          (i32.shl
                           (i32.add
                            (i32.load
                             (i32.add
                              (i32.const 64149248)
                              (i32.shl
                               (local.get $21)
                               (i32.const 2)
                              )
                             )
                            )
                            (i32.load
                             (i32.add
                              (i32.const 64149312)
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
                          (i32.const 60933120)
                          (i32.shl
                           (i32.add
                            (i32.load
                             (i32.add
                              (i32.const 64149248)
                              (i32.shl
                               (local.get $21)
                               (i32.const 2)
                              )
                             )
                            )
                            (i32.load
                             (i32.add
                              (i32.const 64149312)
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
                          (i32.const 60933120)
                          (i32.shl
                           (i32.add
                            (i32.load
                             (i32.add
                              (i32.const 64149248)
                              (i32.shl
                               (local.get $21)
                               (i32.const 2)
                              )
                             )
                            )
                            (i32.load
                             (i32.add
                              (i32.const 64149312)
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
                          (i32.const 60933120)
                          (i32.shl
                           (i32.add
                            (i32.load
                             (i32.add
                              (i32.const 64149248)
                              (i32.shl
                               (local.get $21)
                               (i32.const 2)
                              )
                             )
                            )
                            (i32.load
                             (i32.add
                              (i32.const 64149312)
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
                           (local.get $66)
                          )
                          (local.set $68
                           (v128.load32_splat
                            (local.get $54)
                           )
                          )
                          (local.set $69
                           (f32x4.div
                            (local.get $67)
                            (local.get $68)
                           )
                          )
                          (v128.store align=4
                           (local.get $50)
                           (local.get $69)
                          )
                          (local.set $70
                           (v128.load offset=16 align=4
                            (local.get $50)
                           )
                          )
                          (local.set $71
                           (local.get $70)
                          )
                          (local.set $72
                           (v128.load32_splat
                            (local.get $54)
                           )
                          )
                          (local.set $73
                           (f32x4.div
                            (local.get $71)
                            (local.get $72)
                           )
                          )
                          (v128.store offset=16 align=4
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
                           (i32.const 1)
                          )
                          (local.get $39)
                         )
                         (then
                          (local.set $74
                           (v128.load offset=32 align=4
                            (local.get $50)
                           )
                          )
                          (local.set $75
                           (local.get $74)
                          )
                          (local.set $76
                           (v128.load32_splat
                            (local.get $55)
                           )
                          )
                          (local.set $77
                           (f32x4.div
                            (local.get $75)
                            (local.get $76)
                           )
                          )
                          (v128.store offset=32 align=4
                           (local.get $50)
                           (local.get $77)
                          )
                          (local.set $78
                           (v128.load offset=48 align=4
                            (local.get $50)
                           )
                          )
                          (local.set $79
                           (local.get $78)
                          )
                          (local.set $80
                           (v128.load32_splat
                            (local.get $55)
                           )
                          )
                          (local.set $81
                           (f32x4.div
                            (local.get $79)
                            (local.get $80)
                           )
                          )
                          (v128.store offset=48 align=4
                           (local.get $50)
                           (local.get $81)
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
                          (local.set $82
                           (v128.load offset=64 align=4
                            (local.get $50)
                           )
                          )
                          (local.set $83
                           (local.get $82)
                          )
                          (local.set $84
                           (v128.load32_splat
                            (local.get $56)
                           )
                          )
                          (local.set $85
                           (f32x4.div
                            (local.get $83)
                            (local.get $84)
                           )
                          )
                          (v128.store offset=64 align=4
                           (local.get $50)
                           (local.get $85)
                          )
                          (local.set $86
                           (v128.load offset=80 align=4
                            (local.get $50)
                           )
                          )
                          (local.set $87
                           (local.get $86)
                          )
                          (local.set $88
                           (v128.load32_splat
                            (local.get $56)
                           )
                          )
                          (local.set $89
                           (f32x4.div
                            (local.get $87)
                            (local.get $88)
                           )
                          )
                          (v128.store offset=80 align=4
                           (local.get $50)
                           (local.get $89)
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
                          (local.set $90
                           (v128.load offset=96 align=4
                            (local.get $50)
                           )
                          )
                          (local.set $91
                           (local.get $90)
                          )
                          (local.set $92
                           (v128.load32_splat
                            (local.get $57)
                           )
                          )
                          (local.set $93
                           (f32x4.div
                            (local.get $91)
                            (local.get $92)
                           )
                          )
                          (v128.store offset=96 align=4
                           (local.get $50)
                           (local.get $93)
                          )
                          (local.set $94
                           (v128.load offset=112 align=4
                            (local.get $50)
                           )
                          )
                          (local.set $95
                           (local.get $94)
                          )
                          (local.set $96
                           (v128.load32_splat
                            (local.get $57)
                           )
                          )
                          (local.set $97
                           (f32x4.div
                            (local.get $95)
                            (local.get $96)
                           )
                          )
                          (v128.store offset=112 align=4
                           (local.get $50)
                           (local.get $97)
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
                           (i32.const 64166080)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 64166144)
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
                      (block $exit266
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $59
                        (local.get $34)
                       )
                       (br_if $exit266
                        (i32.ge_s
                         (local.get $42)
                         (local.get $59)
                        )
                       )
                       (loop $loop267
                        (if
                         (local.get $44)
                         (then
                          (f32.store
                           (i32.add
                            (i32.const 60982272)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 64170240)
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
                        (br_if $loop267
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
                           (i32.const 64166080)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 64166144)
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
                      (block $exit270
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $61
                        (local.get $34)
                       )
                       (br_if $exit270
                        (i32.ge_s
                         (local.get $42)
                         (local.get $61)
                        )
                       )
                       (loop $loop271
                        (if
                         (local.get $44)
                         (then
                          (f32.store
                           (i32.add
                            (i32.const 60982272)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 64170240)
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
                        (br_if $loop271
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
                           (i32.const 64166080)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 64166144)
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
                      (block $exit274
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $63
                        (local.get $34)
                       )
                       (br_if $exit274
                        (i32.ge_s
                         (local.get $42)
                         (local.get $63)
                        )
                       )
                       (loop $loop275
                        (if
                         (local.get $44)
                         (then
                          (f32.store
                           (i32.add
                            (i32.const 60982272)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 64170240)
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
                        (br_if $loop275
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
                           (i32.const 64166080)
                           (i32.shl
                            (local.get $21)
                            (i32.const 2)
                           )
                          )
                         )
                         (i32.load
                          (i32.add
                           (i32.const 64166144)
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
                      (block $exit278
                       (local.set $42
                        (i32.const 0)
                       )
                       (local.set $65
                        (local.get $34)
                       )
                       (br_if $exit278
                        (i32.ge_s
                         (local.get $42)
                         (local.get $65)
                        )
                       )
                       (loop $loop279
                        (if
                         (local.get $44)
                         (then
                          (f32.store
                           (i32.add
                            (i32.const 60982272)
                            (i32.shl
                             (i32.add
                              (local.get $43)
                              (i32.load
                               (i32.add
                                (i32.const 64170240)
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
                        (br_if $loop279
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
                      (br_if $loop281
                       (i32.lt_s
                        (local.get $32)
                        (local.get $98)
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
                  (br_if $loop287
                   (i32.lt_s
                    (local.get $31)
                    (local.get $101)
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
              (br_if $loop289
               (i32.lt_s
                (local.get $19)
                (local.get $102)
               )
              )
             )
            )
            (local.set $24
             (i32.add
              (local.get $24)
              (local.get $104)
             )
            )
            (br_if $loop291
             (i32.lt_s
              (local.get $24)
              (local.get $103)
             )
            )
           )
          )
          (local.set $22
           (i32.add
            (local.get $22)
            (local.get $108)
           )
          )
          (br_if $loop297
           (i32.lt_s
            (local.get $22)
            (local.get $107)
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
        (br_if $loop299
         (i32.lt_s
          (local.get $17)
          (local.get $109)
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
    (br_if $loop301
     (i32.lt_s
      (local.get $16)
      (local.get $110)
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
   (i32.const 64170496)
   (i32.const 0)
   (i32.const 131072)
  )
  (block $exit304
   (local.set $0
    (i32.const 0)
   )
   (local.set $10
    (i32.const 1024)
   )
   (br_if $exit304
    (i32.ge_s
     (local.get $0)
     (local.get $10)
    )
   )
   (loop $loop305
    (local.set $2
     (i32.add
      (i32.const 9503744)
      (i32.mul
       (local.get $0)
       (i32.const 1024)
      )
     )
    )
    (local.set $3
     (i32.add
      (i32.const 64170496)
      (i32.mul
       (i32.div_s
        (local.get $0)
        (i32.const 32)
       )
       (i32.const 4096)
      )
     )
    )
    (block $exit302
     (local.set $1
      (i32.const 0)
     )
     (local.set $6
      (i32.const 1024)
     )
     (br_if $exit302
      (i32.ge_s
       (local.get $1)
       (local.get $6)
      )
     )
     (loop $loop303
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
        (i32x4.ne
         (i32x4.extend_low_i16x8_u
          (i16x8.extend_low_i8x16_u
           (v128.load32_zero align=1
            (i32.add
             (local.get $2)
             (i32.shl
              (local.get $1)
              (i32.const 0)
             )
            )
           )
          )
         )
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
       )
      )
      (local.set $1
       (i32.add
        (local.get $1)
        (i32.const 4)
       )
      )
      (br_if $loop303
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
    (br_if $loop305
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
   (i32.const 64301568)
   (i32.const 0)
  )
  (block $exit308
   (local.set $8
    (i32.const 0)
   )
   (local.set $12
    (i32.const 32)
   )
   (br_if $exit308
    (i32.ge_s
     (local.get $8)
     (local.get $12)
    )
   )
   (loop $loop309
    (block $exit306
     (local.set $9
      (i32.const 0)
     )
     (local.set $11
      (i32.const 1024)
     )
     (br_if $exit306
      (i32.ge_s
       (local.get $9)
       (local.get $11)
      )
     )
     (loop $loop307
      (i32.store
       (i32.add
        (i32.const 64301760)
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
           (i32.const 64170496)
           (i32.shl
            (i32.add
             (i32.mul
              (local.get $8)
              (i32.const 1024)
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
      (br_if $loop307
       (i32.lt_s
        (local.get $9)
        (local.get $11)
       )
      )
     )
    )
    (i32.store
     (i32.add
      (i32.const 64301568)
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
    (br_if $loop309
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
  (local $17 v128)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  (local $25 i32)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 v128)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
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
  (local $52 v128)
  (local $53 i32)
  (local $54 i32)
  (local $55 i32)
  (local $56 i32)
  (local $57 i32)
  (local $58 v128)
  (local $59 i32)
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
  (local $112 v128)
  (local $113 v128)
  (local $114 v128)
  (local $115 v128)
  (local $116 i32)
  (local $117 i32)
  (local $118 i32)
  (local $119 i32)
  (local $120 i32)
  (local $121 i32)
  (local $122 i32)
  (local $123 i32)
  (local $124 i32)
  (local $125 i32)
  (local $126 i32)
  (local $127 v128)
  (local $128 i32)
  (local $129 i32)
  (local $130 i32)
  (local $131 i32)
  (local $132 v128)
  (local $133 v128)
  (local $134 v128)
  (local $135 i32)
  (local $136 v128)
  (local $137 v128)
  (local $138 v128)
  (local $139 v128)
  (local $140 v128)
  (local $141 v128)
  (local $142 v128)
  (local $143 v128)
  (local $144 i32)
  (local $145 i32)
  (local $146 i32)
  (local $147 i32)
  (local $148 i32)
  (local.set $31
   (v128.const i32x4 0x00000000 0x00000001 0x00000002 0x00000003)
  )
  (local.set $33
   (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
  )
  (local.set $64
   (v128.const i32x4 0x42b20000 0x42b20000 0x42b20000 0x42b20000)
  )
  (local.set $66
   (v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b)
  )
  (local.set $67
   (v128.const i32x4 0x4b400000 0x4b400000 0x4b400000 0x4b400000)
  )
  (local.set $70
   (v128.const i32x4 0x3f317200 0x3f317200 0x3f317200 0x3f317200)
  )
  (local.set $71
   (v128.const i32x4 0x35bfbe8e 0x35bfbe8e 0x35bfbe8e 0x35bfbe8e)
  )
  (local.set $73
   (v128.const i32x4 0xb4c0007e 0xb4c0007e 0xb4c0007e 0xb4c0007e)
  )
  (local.set $74
   (v128.const i32x4 0x3c882f45 0x3c882f45 0x3c882f45 0x3c882f45)
  )
  (local.set $75
   (v128.const i32x4 0x3dab9992 0x3dab9992 0x3dab9992 0x3dab9992)
  )
  (local.set $76
   (v128.const i32x4 0x3eaaabe4 0x3eaaabe4 0x3eaaabe4 0x3eaaabe4)
  )
  (local.set $77
   (v128.const i32x4 0x3f7ffef4 0x3f7ffef4 0x3f7ffef4 0x3f7ffef4)
  )
  (local.set $78
   (v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000)
  )
  (local.set $79
   (v128.const i32x4 0xc2d00000 0xc2d00000 0xc2d00000 0xc2d00000)
  )
  (local.set $81
   (v128.const i32x4 0xc2adcccd 0xc2adcccd 0xc2adcccd 0xc2adcccd)
  )
  (local.set $91
   (v128.const i32x4 0x4b400001 0x4b400001 0x4b400001 0x4b400001)
  )
  (local.set $93
   (v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f)
  )
  (local.set $141
   (v128.const i32x4 0x00000000 0x00000001 0x00000002 0x00000003)
  )
  (local.set $143
   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
  )
  (block $exit330
   (local.set $6
    (local.get $0)
   )
   (local.set $148
    (local.get $1)
   )
   (br_if $exit330
    (i32.ge_s
     (local.get $6)
     (local.get $148)
    )
   )
   (loop $loop331
    (local.set $15
     (local.get $6)
    )
    (local.set $9
     (i32.rem_u
      (local.get $15)
      (i32.const 1024)
     )
    )
    (local.set $15
     (i32.div_u
      (local.get $15)
      (i32.const 1024)
     )
    )
    (local.set $8
     (local.get $15)
    )
    (local.set $25
     (i32.add
      (i32.add
       (i32.const 10552320)
       (i32.shl
        (local.get $8)
        (i32.const 22)
       )
      )
      (i32.shl
       (local.get $9)
       (i32.const 12)
      )
     )
    )
    (local.set $34
     (i32.add
      (i32.add
       (i32.const 60883968)
       (i32.shl
        (local.get $8)
        (i32.const 12)
       )
      )
      (i32.shl
       (local.get $9)
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
        (local.get $9)
        (i32.const 8)
       )
       (i32.const 1024)
      )
     )
     (then
      (local.set $40
       (i32.add
        (local.get $4)
        (i32.shl
         (local.get $5)
         (i32.const 3)
        )
       )
      )
      (block $exit318
       (local.set $39
        (local.get $4)
       )
       (local.set $42
        (local.get $40)
       )
       (br_if $exit318
        (i32.ge_s
         (local.get $39)
         (local.get $42)
        )
       )
       (loop $loop319
        (block $exit316
         (local.set $38
          (i32.add
           (i32.add
            (local.get $25)
            (i32.const 32768)
           )
           (i32.shl
            (i32.load
             (local.get $39)
            )
            (i32.const 2)
           )
          )
         )
         (local.set $41
          (i32.add
           (i32.add
            (local.get $25)
            (i32.const 32768)
           )
           (i32.shl
            (i32.load offset=4
             (local.get $39)
            )
            (i32.const 2)
           )
          )
         )
         (br_if $exit316
          (i32.ge_s
           (local.get $38)
           (local.get $41)
          )
         )
         (loop $loop317
          (local.set $7
           (i32.or
            (local.get $7)
            (i32.load8_u
             (local.get $38)
            )
           )
          )
          (local.set $38
           (i32.add
            (local.get $38)
            (i32.const 64)
           )
          )
          (br_if $loop317
           (i32.lt_s
            (local.get $38)
            (local.get $41)
           )
          )
         )
        )
        (local.set $39
         (i32.add
          (local.get $39)
          (i32.const 8)
         )
        )
        (br_if $loop319
         (i32.lt_s
          (local.get $39)
          (local.get $42)
         )
        )
       )
      )
     )
    )
    (local.set $17
     (local.get $33)
    )
    (local.set $22
     (local.get $33)
    )
    (local.set $23
     (local.get $33)
    )
    (local.set $24
     (local.get $33)
    )
    (local.set $21
     (i32.add
      (local.get $4)
      (i32.shl
       (local.get $5)
       (i32.const 3)
      )
     )
    )
    (block $exit314
     (local.set $20
      (local.get $4)
     )
     (local.set $37
      (local.get $21)
     )
     (br_if $exit314
      (i32.ge_s
       (local.get $20)
       (local.get $37)
      )
     )
     (loop $loop315
      (local.set $18
       (i32.load
        (local.get $20)
       )
      )
      (local.set $19
       (i32.load offset=4
        (local.get $20)
       )
      )
      (block $exit310
       (local.set $10
        (local.get $18)
       )
       (local.set $35
        (i32.sub
         (local.get $19)
         (i32.const 15)
        )
       )
       (br_if $exit310
        (i32.ge_s
         (local.get $10)
         (local.get $35)
        )
       )
       (loop $loop311
        (local.set $26
         (v128.load align=4
          (i32.add
           (local.get $25)
           (i32.shl
            (local.get $10)
            (i32.const 2)
           )
          )
         )
        )
        (local.set $17
         (f32x4.max
          (local.get $17)
          (local.get $26)
         )
        )
        (local.set $27
         (v128.load offset=16 align=4
          (i32.add
           (local.get $25)
           (i32.shl
            (local.get $10)
            (i32.const 2)
           )
          )
         )
        )
        (local.set $22
         (f32x4.max
          (local.get $22)
          (local.get $27)
         )
        )
        (local.set $28
         (v128.load offset=32 align=4
          (i32.add
           (local.get $25)
           (i32.shl
            (local.get $10)
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
         (v128.load offset=48 align=4
          (i32.add
           (local.get $25)
           (i32.shl
            (local.get $10)
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
        (local.set $10
         (i32.add
          (local.get $10)
          (i32.const 16)
         )
        )
        (br_if $loop311
         (i32.lt_s
          (local.get $10)
          (local.get $35)
         )
        )
       )
      )
      (block $exit312
       (local.set $10
        (local.get $10)
       )
       (local.set $36
        (i32.sub
         (local.get $19)
         (i32.const 3)
        )
       )
       (br_if $exit312
        (i32.ge_s
         (local.get $10)
         (local.get $36)
        )
       )
       (loop $loop313
        (local.set $30
         (v128.load align=4
          (i32.add
           (local.get $25)
           (i32.shl
            (local.get $10)
            (i32.const 2)
           )
          )
         )
        )
        (local.set $17
         (f32x4.max
          (local.get $17)
          (local.get $30)
         )
        )
        (local.set $10
         (i32.add
          (local.get $10)
          (i32.const 4)
         )
        )
        (br_if $loop313
         (i32.lt_s
          (local.get $10)
          (local.get $36)
         )
        )
       )
      )
      (if
       (i32.lt_s
        (local.get $10)
        (local.get $19)
       )
       (then
        (local.set $16
         (i32.sub
          (local.get $19)
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
           (local.get $19)
           (i32.const 1)
          )
          (i32.lt_s
           (i32.add
            (local.get $10)
            (i32.const 0)
           )
           (local.get $19)
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
           (local.get $19)
           (i32.const 1)
          )
          (i32.lt_s
           (i32.add
            (local.get $10)
            (i32.const 1)
           )
           (local.get $19)
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
           (local.get $19)
           (i32.const 1)
          )
          (i32.lt_s
           (i32.add
            (local.get $10)
            (i32.const 2)
           )
           (local.get $19)
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
           (local.get $19)
           (i32.const 1)
          )
          (i32.lt_s
           (i32.add
            (local.get $10)
            (i32.const 3)
           )
           (local.get $19)
          )
         )
        )
        (local.set $32
         (v128.load32_lane 3
          (i32.add
           (local.get $25)
           (i32.shl
            (local.get $14)
            (i32.const 2)
           )
          )
          (v128.load32_lane 2
           (i32.add
            (local.get $25)
            (i32.shl
             (local.get $13)
             (i32.const 2)
            )
           )
           (v128.load32_lane 1
            (i32.add
             (local.get $25)
             (i32.shl
              (local.get $12)
              (i32.const 2)
             )
            )
            (v128.load32_lane 0
             (i32.add
              (local.get $25)
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
        (local.set $17
         (f32x4.max
          (local.get $17)
          (v128.bitselect
           (local.get $32)
           (local.get $33)
           (i32x4.lt_s
            (local.get $31)
            (i32x4.splat
             (local.get $16)
            )
           )
          )
         )
        )
       )
      )
      (local.set $20
       (i32.add
        (local.get $20)
        (i32.const 8)
       )
      )
      (br_if $loop315
       (i32.lt_s
        (local.get $20)
        (local.get $37)
       )
      )
     )
    )
    (local.set $17
     (f32x4.max
      (local.get $17)
      (local.get $22)
     )
    )
    (local.set $23
     (f32x4.max
      (local.get $23)
      (local.get $24)
     )
    )
    (local.set $17
     (f32x4.max
      (local.get $17)
      (local.get $23)
     )
    )
    (local.set $17
     (f32x4.max
      (local.get $17)
      (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
       (local.get $17)
       (local.get $17)
      )
     )
    )
    (local.set $17
     (f32x4.max
      (local.get $17)
      (i8x16.shuffle 4 5 6 7 0 1 2 3 12 13 14 15 8 9 10 11
       (local.get $17)
       (local.get $17)
      )
     )
    )
    (f32.store
     (local.get $34)
     (f32x4.extract_lane 0
      (local.get $17)
     )
    )
    (local.set $50
     (local.get $6)
    )
    (local.set $44
     (i32.rem_u
      (local.get $50)
      (i32.const 1024)
     )
    )
    (local.set $50
     (i32.div_u
      (local.get $50)
      (i32.const 1024)
     )
    )
    (local.set $43
     (local.get $50)
    )
    (local.set $57
     (i32.add
      (i32.add
       (i32.const 10552320)
       (i32.shl
        (local.get $43)
        (i32.const 22)
       )
      )
      (i32.shl
       (local.get $44)
       (i32.const 12)
      )
     )
    )
    (local.set $59
     (i32.add
      (i32.add
       (i32.const 60883968)
       (i32.shl
        (local.get $43)
        (i32.const 12)
       )
      )
      (i32.shl
       (local.get $44)
       (i32.const 2)
      )
     )
    )
    (local.set $60
     (v128.load32_splat
      (local.get $59)
     )
    )
    (local.set $56
     (i32.add
      (local.get $4)
      (i32.shl
       (local.get $5)
       (i32.const 3)
      )
     )
    )
    (block $exit322
     (local.set $55
      (local.get $4)
     )
     (local.set $117
      (local.get $56)
     )
     (br_if $exit322
      (i32.ge_s
       (local.get $55)
       (local.get $117)
      )
     )
     (loop $loop323
      (local.set $53
       (i32.load
        (local.get $55)
       )
      )
      (local.set $54
       (i32.load offset=4
        (local.get $55)
       )
      )
      (block $exit320
       (local.set $45
        (local.get $53)
       )
       (local.set $116
        (i32.sub
         (local.get $54)
         (i32.const 3)
        )
       )
       (br_if $exit320
        (i32.ge_s
         (local.get $45)
         (local.get $116)
        )
       )
       (loop $loop321
        (local.set $58
         (v128.load align=4
          (i32.add
           (local.get $57)
           (i32.shl
            (local.get $45)
            (i32.const 2)
           )
          )
         )
        )
        (local.set $61
         (f32x4.sub
          (local.get $58)
          (local.get $60)
         )
        )
        (local.set $62
         (local.get $61)
        )
        (local.set $63
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (if
         (v128.any_true
          (f32x4.lt
           (local.get $62)
           (local.get $81)
          )
         )
         (then
          (local.set $80
           (f32x4.lt
            (local.get $62)
            (local.get $79)
           )
          )
          (if
           (i32.eqz
            (i32x4.all_true
             (local.get $80)
            )
           )
           (then
            (local.set $82
             (f32x4.pmin
              (f32x4.pmax
               (local.get $62)
               (local.get $81)
              )
              (local.get $64)
             )
            )
            (local.set $83
             (f32x4.add
              (f32x4.mul
               (local.get $82)
               (local.get $66)
              )
              (local.get $67)
             )
            )
            (local.set $84
             (f32x4.sub
              (local.get $83)
              (local.get $67)
             )
            )
            (local.set $85
             (f32x4.sub
              (f32x4.sub
               (local.get $82)
               (f32x4.mul
                (local.get $84)
                (local.get $70)
               )
              )
              (f32x4.mul
               (local.get $84)
               (local.get $71)
              )
             )
            )
            (local.set $63
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
                         (local.get $74)
                         (local.get $85)
                        )
                        (local.get $75)
                       )
                       (local.get $85)
                      )
                      (local.get $76)
                     )
                     (local.get $85)
                    )
                    (local.get $77)
                   )
                   (local.get $85)
                  )
                  (local.get $78)
                 )
                 (local.get $85)
                )
                (local.get $78)
               )
               (i32x4.shl
                (i32x4.add
                 (local.get $83)
                 (local.get $73)
                )
                (i32.const 23)
               )
              )
              (local.get $80)
             )
            )
            (local.set $86
             (v128.andnot
              (f32x4.lt
               (local.get $62)
               (local.get $81)
              )
              (local.get $80)
             )
            )
            (if
             (v128.any_true
              (local.get $86)
             )
             (then
              (local.set $87
               (f32x4.pmax
                (local.get $62)
                (local.get $79)
               )
              )
              (local.set $88
               (f32x4.add
                (f32x4.mul
                 (local.get $87)
                 (local.get $66)
                )
                (local.get $67)
               )
              )
              (local.set $89
               (f32x4.sub
                (local.get $88)
                (local.get $67)
               )
              )
              (local.set $90
               (f32x4.sub
                (f32x4.sub
                 (local.get $87)
                 (f32x4.mul
                  (local.get $89)
                  (local.get $70)
                 )
                )
                (f32x4.mul
                 (local.get $89)
                 (local.get $71)
                )
               )
              )
              (local.set $92
               (i32x4.shr_s
                (i32x4.sub
                 (local.get $88)
                 (local.get $91)
                )
                (i32.const 1)
               )
              )
              (local.set $63
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
                            (local.get $74)
                            (local.get $90)
                           )
                           (local.get $75)
                          )
                          (local.get $90)
                         )
                         (local.get $76)
                        )
                        (local.get $90)
                       )
                       (local.get $77)
                      )
                      (local.get $90)
                     )
                     (local.get $78)
                    )
                    (local.get $90)
                   )
                   (local.get $78)
                  )
                  (i32x4.shl
                   (i32x4.add
                    (local.get $92)
                    (local.get $93)
                   )
                   (i32.const 23)
                  )
                 )
                 (i32x4.shl
                  (i32x4.add
                   (i32x4.sub
                    (i32x4.sub
                     (local.get $88)
                     (local.get $91)
                    )
                    (local.get $92)
                   )
                   (local.get $93)
                  )
                  (i32.const 23)
                 )
                )
                (local.get $63)
                (local.get $86)
               )
              )
             )
            )
           )
          )
         )
         (else
          (local.set $65
           (f32x4.pmin
            (local.get $62)
            (local.get $64)
           )
          )
          (local.set $68
           (f32x4.add
            (f32x4.mul
             (local.get $65)
             (local.get $66)
            )
            (local.get $67)
           )
          )
          (local.set $69
           (f32x4.sub
            (local.get $68)
            (local.get $67)
           )
          )
          (local.set $72
           (f32x4.sub
            (f32x4.sub
             (local.get $65)
             (f32x4.mul
              (local.get $69)
              (local.get $70)
             )
            )
            (f32x4.mul
             (local.get $69)
             (local.get $71)
            )
           )
          )
          (local.set $63
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
                      (local.get $74)
                      (local.get $72)
                     )
                     (local.get $75)
                    )
                    (local.get $72)
                   )
                   (local.get $76)
                  )
                  (local.get $72)
                 )
                 (local.get $77)
                )
                (local.get $72)
               )
               (local.get $78)
              )
              (local.get $72)
             )
             (local.get $78)
            )
            (i32x4.shl
             (i32x4.add
              (local.get $68)
              (local.get $73)
             )
             (i32.const 23)
            )
           )
          )
         )
        )
        (local.set $94
         (local.get $63)
        )
        (v128.store align=4
         (i32.add
          (local.get $57)
          (i32.shl
           (local.get $45)
           (i32.const 2)
          )
         )
         (local.get $94)
        )
        (local.set $45
         (i32.add
          (local.get $45)
          (i32.const 4)
         )
        )
        (br_if $loop321
         (i32.lt_s
          (local.get $45)
          (local.get $116)
         )
        )
       )
      )
      (if
       (i32.lt_s
        (local.get $45)
        (local.get $54)
       )
       (then
        (local.set $51
         (i32.sub
          (local.get $54)
          (local.get $45)
         )
        )
        (local.set $46
         (select
          (i32.add
           (local.get $45)
           (i32.const 0)
          )
          (i32.sub
           (local.get $54)
           (i32.const 1)
          )
          (i32.lt_s
           (i32.add
            (local.get $45)
            (i32.const 0)
           )
           (local.get $54)
          )
         )
        )
        (local.set $47
         (select
          (i32.add
           (local.get $45)
           (i32.const 1)
          )
          (i32.sub
           (local.get $54)
           (i32.const 1)
          )
          (i32.lt_s
           (i32.add
            (local.get $45)
            (i32.const 1)
           )
           (local.get $54)
          )
         )
        )
        (local.set $48
         (select
          (i32.add
           (local.get $45)
           (i32.const 2)
          )
          (i32.sub
           (local.get $54)
           (i32.const 1)
          )
          (i32.lt_s
           (i32.add
            (local.get $45)
            (i32.const 2)
           )
           (local.get $54)
          )
         )
        )
        (local.set $49
         (select
          (i32.add
           (local.get $45)
           (i32.const 3)
          )
          (i32.sub
           (local.get $54)
           (i32.const 1)
          )
          (i32.lt_s
           (i32.add
            (local.get $45)
            (i32.const 3)
           )
           (local.get $54)
          )
         )
        )
        (local.set $95
         (v128.load32_lane 3
          (i32.add
           (local.get $57)
           (i32.shl
            (local.get $49)
            (i32.const 2)
           )
          )
          (v128.load32_lane 2
           (i32.add
            (local.get $57)
            (i32.shl
             (local.get $48)
             (i32.const 2)
            )
           )
           (v128.load32_lane 1
            (i32.add
             (local.get $57)
             (i32.shl
              (local.get $47)
              (i32.const 2)
             )
            )
            (v128.load32_lane 0
             (i32.add
              (local.get $57)
              (i32.shl
               (local.get $46)
               (i32.const 2)
              )
             )
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
           )
          )
         )
        )
        (local.set $96
         (f32x4.sub
          (local.get $95)
          (local.get $60)
         )
        )
        (local.set $97
         (local.get $96)
        )
        (local.set $98
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (if
         (v128.any_true
          (f32x4.lt
           (local.get $97)
           (local.get $81)
          )
         )
         (then
          (local.set $103
           (f32x4.lt
            (local.get $97)
            (local.get $79)
           )
          )
          (if
           (i32.eqz
            (i32x4.all_true
             (local.get $103)
            )
           )
           (then
            (local.set $104
             (f32x4.pmin
              (f32x4.pmax
               (local.get $97)
               (local.get $81)
              )
              (local.get $64)
             )
            )
            (local.set $105
             (f32x4.add
              (f32x4.mul
               (local.get $104)
               (local.get $66)
              )
              (local.get $67)
             )
            )
            (local.set $106
             (f32x4.sub
              (local.get $105)
              (local.get $67)
             )
            )
            (local.set $107
             (f32x4.sub
              (f32x4.sub
               (local.get $104)
               (f32x4.mul
                (local.get $106)
                (local.get $70)
               )
              )
              (f32x4.mul
               (local.get $106)
               (local.get $71)
              )
             )
            )
            (local.set $98
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
                         (local.get $74)
                         (local.get $107)
                        )
                        (local.get $75)
                       )
                       (local.get $107)
                      )
                      (local.get $76)
                     )
                     (local.get $107)
                    )
                    (local.get $77)
                   )
                   (local.get $107)
                  )
                  (local.get $78)
                 )
                 (local.get $107)
                )
                (local.get $78)
               )
               (i32x4.shl
                (i32x4.add
                 (local.get $105)
                 (local.get $73)
                )
                (i32.const 23)
               )
              )
              (local.get $103)
             )
            )
            (local.set $108
             (v128.andnot
              (f32x4.lt
               (local.get $97)
               (local.get $81)
              )
              (local.get $103)
             )
            )
            (if
             (v128.any_true
              (local.get $108)
             )
             (then
              (local.set $109
               (f32x4.pmax
                (local.get $97)
                (local.get $79)
               )
              )
              (local.set $110
               (f32x4.add
                (f32x4.mul
                 (local.get $109)
                 (local.get $66)
                )
                (local.get $67)
               )
              )
              (local.set $111
               (f32x4.sub
                (local.get $110)
                (local.get $67)
               )
              )
              (local.set $112
               (f32x4.sub
                (f32x4.sub
                 (local.get $109)
                 (f32x4.mul
                  (local.get $111)
                  (local.get $70)
                 )
                )
                (f32x4.mul
                 (local.get $111)
                 (local.get $71)
                )
               )
              )
              (local.set $113
               (i32x4.shr_s
                (i32x4.sub
                 (local.get $110)
                 (local.get $91)
                )
                (i32.const 1)
               )
              )
              (local.set $98
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
                            (local.get $74)
                            (local.get $112)
                           )
                           (local.get $75)
                          )
                          (local.get $112)
                         )
                         (local.get $76)
                        )
                        (local.get $112)
                       )
                       (local.get $77)
                      )
                      (local.get $112)
                     )
                     (local.get $78)
                    )
                    (local.get $112)
                   )
                   (local.get $78)
                  )
                  (i32x4.shl
                   (i32x4.add
                    (local.get $113)
                    (local.get $93)
                   )
                   (i32.const 23)
                  )
                 )
                 (i32x4.shl
                  (i32x4.add
                   (i32x4.sub
                    (i32x4.sub
                     (local.get $110)
                     (local.get $91)
                    )
                    (local.get $113)
                   )
                   (local.get $93)
                  )
                  (i32.const 23)
                 )
                )
                (local.get $98)
                (local.get $108)
               )
              )
             )
            )
           )
          )
         )
         (else
          (local.set $99
           (f32x4.pmin
            (local.get $97)
            (local.get $64)
           )
          )
          (local.set $100
           (f32x4.add
            (f32x4.mul
             (local.get $99)
             (local.get $66)
            )
            (local.get $67)
           )
          )
          (local.set $101
           (f32x4.sub
            (local.get $100)
            (local.get $67)
           )
          )
          (local.set $102
           (f32x4.sub
            (f32x4.sub
             (local.get $99)
             (f32x4.mul
              (local.get $101)
              (local.get $70)
             )
            )
            (f32x4.mul
             (local.get $101)
             (local.get $71)
            )
           )
          )
          (local.set $98
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
                      (local.get $74)
                      (local.get $102)
                     )
                     (local.get $75)
                    )
                    (local.get $102)
                   )
                   (local.get $76)
                  )
                  (local.get $102)
                 )
                 (local.get $77)
                )
                (local.get $102)
               )
               (local.get $78)
              )
              (local.get $102)
             )
             (local.get $78)
            )
            (i32x4.shl
             (i32x4.add
              (local.get $100)
              (local.get $73)
             )
             (i32.const 23)
            )
           )
          )
         )
        )
        (local.set $114
         (local.get $98)
        )
        (local.set $115
         (local.get $114)
        )
        (v128.store32_lane 0
         (i32.add
          (local.get $57)
          (i32.shl
           (i32.add
            (local.get $45)
            (i32.const 0)
           )
           (i32.const 2)
          )
         )
         (local.get $115)
        )
        (if
         (i32.lt_s
          (i32.const 1)
          (local.get $51)
         )
         (then
          (v128.store32_lane 1
           (i32.add
            (local.get $57)
            (i32.shl
             (i32.add
              (local.get $45)
              (i32.const 1)
             )
             (i32.const 2)
            )
           )
           (local.get $115)
          )
         )
        )
        (if
         (i32.lt_s
          (i32.const 2)
          (local.get $51)
         )
         (then
          (v128.store32_lane 2
           (i32.add
            (local.get $57)
            (i32.shl
             (i32.add
              (local.get $45)
              (i32.const 2)
             )
             (i32.const 2)
            )
           )
           (local.get $115)
          )
         )
        )
        (if
         (i32.lt_s
          (i32.const 3)
          (local.get $51)
         )
         (then
          (v128.store32_lane 3
           (i32.add
            (local.get $57)
            (i32.shl
             (i32.add
              (local.get $45)
              (i32.const 3)
             )
             (i32.const 2)
            )
           )
           (local.get $115)
          )
         )
        )
       )
      )
      (local.set $55
       (i32.add
        (local.get $55)
        (i32.const 8)
       )
      )
      (br_if $loop323
       (i32.lt_s
        (local.get $55)
        (local.get $117)
       )
      )
     )
    )
    (local.set $125
     (local.get $6)
    )
    (local.set $119
     (i32.rem_u
      (local.get $125)
      (i32.const 1024)
     )
    )
    (local.set $125
     (i32.div_u
      (local.get $125)
      (i32.const 1024)
     )
    )
    (local.set $118
     (local.get $125)
    )
    (local.set $135
     (i32.add
      (i32.add
       (i32.const 10552320)
       (i32.shl
        (local.get $118)
        (i32.const 22)
       )
      )
      (i32.shl
       (local.get $119)
       (i32.const 12)
      )
     )
    )
    (local.set $144
     (i32.add
      (i32.add
       (i32.const 60933120)
       (i32.shl
        (local.get $118)
        (i32.const 12)
       )
      )
      (i32.shl
       (local.get $119)
       (i32.const 2)
      )
     )
    )
    (local.set $127
     (local.get $143)
    )
    (local.set $132
     (local.get $143)
    )
    (local.set $133
     (local.get $143)
    )
    (local.set $134
     (local.get $143)
    )
    (local.set $131
     (i32.add
      (local.get $4)
      (i32.shl
       (local.get $5)
       (i32.const 3)
      )
     )
    )
    (block $exit328
     (local.set $130
      (local.get $4)
     )
     (local.set $147
      (local.get $131)
     )
     (br_if $exit328
      (i32.ge_s
       (local.get $130)
       (local.get $147)
      )
     )
     (loop $loop329
      (local.set $128
       (i32.load
        (local.get $130)
       )
      )
      (local.set $129
       (i32.load offset=4
        (local.get $130)
       )
      )
      (block $exit324
       (local.set $120
        (local.get $128)
       )
       (local.set $145
        (i32.sub
         (local.get $129)
         (i32.const 15)
        )
       )
       (br_if $exit324
        (i32.ge_s
         (local.get $120)
         (local.get $145)
        )
       )
       (loop $loop325
        (local.set $136
         (v128.load align=4
          (i32.add
           (local.get $135)
           (i32.shl
            (local.get $120)
            (i32.const 2)
           )
          )
         )
        )
        (local.set $127
         (f32x4.add
          (local.get $127)
          (local.get $136)
         )
        )
        (local.set $137
         (v128.load offset=16 align=4
          (i32.add
           (local.get $135)
           (i32.shl
            (local.get $120)
            (i32.const 2)
           )
          )
         )
        )
        (local.set $132
         (f32x4.add
          (local.get $132)
          (local.get $137)
         )
        )
        (local.set $138
         (v128.load offset=32 align=4
          (i32.add
           (local.get $135)
           (i32.shl
            (local.get $120)
            (i32.const 2)
           )
          )
         )
        )
        (local.set $133
         (f32x4.add
          (local.get $133)
          (local.get $138)
         )
        )
        (local.set $139
         (v128.load offset=48 align=4
          (i32.add
           (local.get $135)
           (i32.shl
            (local.get $120)
            (i32.const 2)
           )
          )
         )
        )
        (local.set $134
         (f32x4.add
          (local.get $134)
          (local.get $139)
         )
        )
        (local.set $120
         (i32.add
          (local.get $120)
          (i32.const 16)
         )
        )
        (br_if $loop325
         (i32.lt_s
          (local.get $120)
          (local.get $145)
         )
        )
       )
      )
      (block $exit326
       (local.set $120
        (local.get $120)
       )
       (local.set $146
        (i32.sub
         (local.get $129)
         (i32.const 3)
        )
       )
       (br_if $exit326
        (i32.ge_s
         (local.get $120)
         (local.get $146)
        )
       )
       (loop $loop327
        (local.set $140
         (v128.load align=4
          (i32.add
           (local.get $135)
           (i32.shl
            (local.get $120)
            (i32.const 2)
           )
          )
         )
        )
        (local.set $127
         (f32x4.add
          (local.get $127)
          (local.get $140)
         )
        )
        (local.set $120
         (i32.add
          (local.get $120)
          (i32.const 4)
         )
        )
        (br_if $loop327
         (i32.lt_s
          (local.get $120)
          (local.get $146)
         )
        )
       )
      )
      (if
       (i32.lt_s
        (local.get $120)
        (local.get $129)
       )
       (then
        (local.set $126
         (i32.sub
          (local.get $129)
          (local.get $120)
         )
        )
        (local.set $121
         (select
          (i32.add
           (local.get $120)
           (i32.const 0)
          )
          (i32.sub
           (local.get $129)
           (i32.const 1)
          )
          (i32.lt_s
           (i32.add
            (local.get $120)
            (i32.const 0)
           )
           (local.get $129)
          )
         )
        )
        (local.set $122
         (select
          (i32.add
           (local.get $120)
           (i32.const 1)
          )
          (i32.sub
           (local.get $129)
           (i32.const 1)
          )
          (i32.lt_s
           (i32.add
            (local.get $120)
            (i32.const 1)
           )
           (local.get $129)
          )
         )
        )
        (local.set $123
         (select
          (i32.add
           (local.get $120)
           (i32.const 2)
          )
          (i32.sub
           (local.get $129)
           (i32.const 1)
          )
          (i32.lt_s
           (i32.add
            (local.get $120)
            (i32.const 2)
           )
           (local.get $129)
          )
         )
        )
        (local.set $124
         (select
          (i32.add
           (local.get $120)
           (i32.const 3)
          )
          (i32.sub
           (local.get $129)
           (i32.const 1)
          )
          (i32.lt_s
           (i32.add
            (local.get $120)
            (i32.const 3)
           )
           (local.get $129)
          )
         )
        )
        (local.set $142
         (v128.load32_lane 3
          (i32.add
           (local.get $135)
           (i32.shl
            (local.get $124)
            (i32.const 2)
           )
          )
          (v128.load32_lane 2
           (i32.add
            (local.get $135)
            (i32.shl
             (local.get $123)
             (i32.const 2)
            )
           )
           (v128.load32_lane 1
            (i32.add
             (local.get $135)
             (i32.shl
              (local.get $122)
              (i32.const 2)
             )
            )
            (v128.load32_lane 0
             (i32.add
              (local.get $135)
              (i32.shl
               (local.get $121)
               (i32.const 2)
              )
             )
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
           )
          )
         )
        )
        (local.set $127
         (f32x4.add
          (local.get $127)
          (v128.bitselect
           (local.get $142)
           (local.get $143)
           (i32x4.lt_s
            (local.get $141)
            (i32x4.splat
             (local.get $126)
            )
           )
          )
         )
        )
       )
      )
      (local.set $130
       (i32.add
        (local.get $130)
        (i32.const 8)
       )
      )
      (br_if $loop329
       (i32.lt_s
        (local.get $130)
        (local.get $147)
       )
      )
     )
    )
    (local.set $127
     (f32x4.add
      (local.get $127)
      (local.get $132)
     )
    )
    (local.set $133
     (f32x4.add
      (local.get $133)
      (local.get $134)
     )
    )
    (local.set $127
     (f32x4.add
      (local.get $127)
      (local.get $133)
     )
    )
    (local.set $127
     (f32x4.add
      (local.get $127)
      (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
       (local.get $127)
       (local.get $127)
      )
     )
    )
    (local.set $127
     (f32x4.add
      (local.get $127)
      (i8x16.shuffle 4 5 6 7 0 1 2 3 12 13 14 15 8 9 10 11
       (local.get $127)
       (local.get $127)
      )
     )
    )
    (f32.store
     (local.get $144)
     (f32x4.extract_lane 0
      (local.get $127)
     )
    )
    (local.set $6
     (i32.add
      (local.get $6)
      (i32.const 1)
     )
    )
    (br_if $loop331
     (i32.lt_s
      (local.get $6)
      (local.get $148)
     )
    )
   )
  )
  (i32.store
   (i32.const 64432832)
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
  (block $exit332
   (local.set $2
    (local.get $0)
   )
   (local.set $4
    (local.get $3)
   )
   (br_if $exit332
    (i32.ge_s
     (local.get $2)
     (local.get $4)
    )
   )
   (loop $loop333
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
    (br_if $loop333
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
  (block $exit334
   (local.set $5
    (i32.const 0)
   )
   (local.set $7
    (local.get $1)
   )
   (br_if $exit334
    (i32.ge_s
     (local.get $5)
     (local.get $7)
    )
   )
   (loop $loop335
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
    (br_if $loop335
     (i32.lt_s
      (local.get $5)
      (local.get $7)
     )
    )
   )
  )
 )
 (func $s_czero_task (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32)
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
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local.set $23
   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
  )
  (block $exit344
   (local.set $6
    (local.get $0)
   )
   (local.set $32
    (local.get $1)
   )
   (br_if $exit344
    (i32.ge_s
     (local.get $6)
     (local.get $32)
    )
   )
   (loop $loop345
    (local.set $15
     (local.get $6)
    )
    (local.set $9
     (i32.rem_u
      (local.get $15)
      (i32.const 1024)
     )
    )
    (local.set $15
     (i32.div_u
      (local.get $15)
      (i32.const 1024)
     )
    )
    (local.set $8
     (local.get $15)
    )
    (local.set $22
     (i32.add
      (i32.add
       (i32.const 10552320)
       (i32.shl
        (local.get $8)
        (i32.const 22)
       )
      )
      (i32.shl
       (local.get $9)
       (i32.const 12)
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
        (local.get $9)
        (i32.const 8)
       )
       (i32.const 1024)
      )
     )
     (then
      (local.set $29
       (i32.add
        (local.get $4)
        (i32.shl
         (local.get $5)
         (i32.const 3)
        )
       )
      )
      (block $exit342
       (local.set $28
        (local.get $4)
       )
       (local.set $31
        (local.get $29)
       )
       (br_if $exit342
        (i32.ge_s
         (local.get $28)
         (local.get $31)
        )
       )
       (loop $loop343
        (block $exit340
         (local.set $27
          (i32.add
           (i32.add
            (local.get $22)
            (i32.const 32768)
           )
           (i32.shl
            (i32.load
             (local.get $28)
            )
            (i32.const 2)
           )
          )
         )
         (local.set $30
          (i32.add
           (i32.add
            (local.get $22)
            (i32.const 32768)
           )
           (i32.shl
            (i32.load offset=4
             (local.get $28)
            )
            (i32.const 2)
           )
          )
         )
         (br_if $exit340
          (i32.ge_s
           (local.get $27)
           (local.get $30)
          )
         )
         (loop $loop341
          (local.set $7
           (i32.or
            (local.get $7)
            (i32.load8_u
             (local.get $27)
            )
           )
          )
          (local.set $27
           (i32.add
            (local.get $27)
            (i32.const 64)
           )
          )
          (br_if $loop341
           (i32.lt_s
            (local.get $27)
            (local.get $30)
           )
          )
         )
        )
        (local.set $28
         (i32.add
          (local.get $28)
          (i32.const 8)
         )
        )
        (br_if $loop343
         (i32.lt_s
          (local.get $28)
          (local.get $31)
         )
        )
       )
      )
     )
    )
    (local.set $21
     (i32.add
      (local.get $4)
      (i32.shl
       (local.get $5)
       (i32.const 3)
      )
     )
    )
    (block $exit338
     (local.set $20
      (local.get $4)
     )
     (local.set $26
      (local.get $21)
     )
     (br_if $exit338
      (i32.ge_s
       (local.get $20)
       (local.get $26)
      )
     )
     (loop $loop339
      (local.set $18
       (i32.load
        (local.get $20)
       )
      )
      (local.set $19
       (i32.load offset=4
        (local.get $20)
       )
      )
      (block $exit336
       (local.set $10
        (local.get $18)
       )
       (local.set $25
        (i32.sub
         (local.get $19)
         (i32.const 3)
        )
       )
       (br_if $exit336
        (i32.ge_s
         (local.get $10)
         (local.get $25)
        )
       )
       (loop $loop337
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
        (br_if $loop337
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
        (local.get $19)
       )
       (then
        (local.set $16
         (i32.sub
          (local.get $19)
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
           (local.get $19)
           (i32.const 1)
          )
          (i32.lt_s
           (i32.add
            (local.get $10)
            (i32.const 0)
           )
           (local.get $19)
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
           (local.get $19)
           (i32.const 1)
          )
          (i32.lt_s
           (i32.add
            (local.get $10)
            (i32.const 1)
           )
           (local.get $19)
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
           (local.get $19)
           (i32.const 1)
          )
          (i32.lt_s
           (i32.add
            (local.get $10)
            (i32.const 2)
           )
           (local.get $19)
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
           (local.get $19)
           (i32.const 1)
          )
          (i32.lt_s
           (i32.add
            (local.get $10)
            (i32.const 3)
           )
           (local.get $19)
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
      (local.set $20
       (i32.add
        (local.get $20)
        (i32.const 8)
       )
      )
      (br_if $loop339
       (i32.lt_s
        (local.get $20)
        (local.get $26)
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
    (br_if $loop345
     (i32.lt_s
      (local.get $6)
      (local.get $32)
     )
    )
   )
  )
  (i32.store
   (i32.const 64432832)
   (local.get $7)
  )
 )
 (func $s_czero (param $0 i32) (param $1 i32)
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
  (block $exit346
   (local.set $2
    (local.get $0)
   )
   (local.set $4
    (local.get $3)
   )
   (br_if $exit346
    (i32.ge_s
     (local.get $2)
     (local.get $4)
    )
   )
   (loop $loop347
    (call $s_czero_task
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
    (br_if $loop347
     (i32.lt_s
      (local.get $2)
      (local.get $4)
     )
    )
   )
  )
 )
 (func $s_czero_claim (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (block $exit348
   (local.set $5
    (i32.const 0)
   )
   (local.set $7
    (local.get $1)
   )
   (br_if $exit348
    (i32.ge_s
     (local.get $5)
     (local.get $7)
    )
   )
   (loop $loop349
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
      (call $s_czero
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
    (br_if $loop349
     (i32.lt_s
      (local.get $5)
      (local.get $7)
     )
    )
   )
  )
 )
 (func $s_epilogue_pit_task (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32)
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
  (local.set $24
   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
  )
  (local.set $27
   (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
  )
  (block $exit360
   (local.set $6
    (local.get $0)
   )
   (local.set $41
    (local.get $1)
   )
   (br_if $exit360
    (i32.ge_s
     (local.get $6)
     (local.get $41)
    )
   )
   (loop $loop361
    (local.set $15
     (local.get $6)
    )
    (local.set $9
     (i32.rem_u
      (local.get $15)
      (i32.const 1024)
     )
    )
    (local.set $15
     (i32.div_u
      (local.get $15)
      (i32.const 1024)
     )
    )
    (local.set $8
     (local.get $15)
    )
    (local.set $22
     (i32.add
      (i32.const 9503744)
      (i32.shl
       (local.get $9)
       (i32.const 10)
      )
     )
    )
    (local.set $25
     (i32.add
      (i32.add
       (i32.const 10552320)
       (i32.shl
        (local.get $8)
        (i32.const 22)
       )
      )
      (i32.shl
       (local.get $9)
       (i32.const 12)
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
        (local.get $9)
        (i32.const 8)
       )
       (i32.const 1024)
      )
     )
     (then
      (local.set $37
       (i32.add
        (local.get $4)
        (i32.shl
         (local.get $5)
         (i32.const 3)
        )
       )
      )
      (block $exit358
       (local.set $36
        (local.get $4)
       )
       (local.set $40
        (local.get $37)
       )
       (br_if $exit358
        (i32.ge_s
         (local.get $36)
         (local.get $40)
        )
       )
       (loop $loop359
        (block $exit354
         (local.set $35
          (i32.add
           (i32.add
            (local.get $22)
            (i32.const 8192)
           )
           (i32.load
            (local.get $36)
           )
          )
         )
         (local.set $38
          (i32.add
           (i32.add
            (local.get $22)
            (i32.const 8192)
           )
           (i32.load offset=4
            (local.get $36)
           )
          )
         )
         (br_if $exit354
          (i32.ge_s
           (local.get $35)
           (local.get $38)
          )
         )
         (loop $loop355
          (local.set $7
           (i32.or
            (local.get $7)
            (i32.load8_u
             (local.get $35)
            )
           )
          )
          (local.set $35
           (i32.add
            (local.get $35)
            (i32.const 64)
           )
          )
          (br_if $loop355
           (i32.lt_s
            (local.get $35)
            (local.get $38)
           )
          )
         )
        )
        (block $exit356
         (local.set $35
          (i32.add
           (i32.add
            (local.get $25)
            (i32.const 32768)
           )
           (i32.shl
            (i32.load
             (local.get $36)
            )
            (i32.const 2)
           )
          )
         )
         (local.set $39
          (i32.add
           (i32.add
            (local.get $25)
            (i32.const 32768)
           )
           (i32.shl
            (i32.load offset=4
             (local.get $36)
            )
            (i32.const 2)
           )
          )
         )
         (br_if $exit356
          (i32.ge_s
           (local.get $35)
           (local.get $39)
          )
         )
         (loop $loop357
          (local.set $7
           (i32.or
            (local.get $7)
            (i32.load8_u
             (local.get $35)
            )
           )
          )
          (local.set $35
           (i32.add
            (local.get $35)
            (i32.const 64)
           )
          )
          (br_if $loop357
           (i32.lt_s
            (local.get $35)
            (local.get $39)
           )
          )
         )
        )
        (local.set $36
         (i32.add
          (local.get $36)
          (i32.const 8)
         )
        )
        (br_if $loop359
         (i32.lt_s
          (local.get $36)
          (local.get $40)
         )
        )
       )
      )
     )
    )
    (local.set $21
     (i32.add
      (local.get $4)
      (i32.shl
       (local.get $5)
       (i32.const 3)
      )
     )
    )
    (block $exit352
     (local.set $20
      (local.get $4)
     )
     (local.set $34
      (local.get $21)
     )
     (br_if $exit352
      (i32.ge_s
       (local.get $20)
       (local.get $34)
      )
     )
     (loop $loop353
      (local.set $18
       (i32.load
        (local.get $20)
       )
      )
      (local.set $19
       (i32.load offset=4
        (local.get $20)
       )
      )
      (block $exit350
       (local.set $10
        (local.get $18)
       )
       (local.set $33
        (i32.sub
         (local.get $19)
         (i32.const 3)
        )
       )
       (br_if $exit350
        (i32.ge_s
         (local.get $10)
         (local.get $33)
        )
       )
       (loop $loop351
        (local.set $23
         (f32x4.convert_i32x4_u
          (i32x4.extend_low_i16x8_u
           (i16x8.extend_low_i8x16_u
            (v128.load32_zero align=1
             (i32.add
              (local.get $22)
              (local.get $10)
             )
            )
           )
          )
         )
        )
        (local.set $26
         (v128.load align=4
          (i32.add
           (local.get $25)
           (i32.shl
            (local.get $10)
            (i32.const 2)
           )
          )
         )
        )
        (local.set $28
         (v128.bitselect
          (local.get $26)
          (local.get $27)
          (f32x4.ne
           (local.get $23)
           (local.get $24)
          )
         )
        )
        (v128.store align=4
         (i32.add
          (local.get $25)
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
        (br_if $loop351
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
        (local.get $19)
       )
       (then
        (local.set $16
         (i32.sub
          (local.get $19)
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
           (local.get $19)
           (i32.const 1)
          )
          (i32.lt_s
           (i32.add
            (local.get $10)
            (i32.const 0)
           )
           (local.get $19)
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
           (local.get $19)
           (i32.const 1)
          )
          (i32.lt_s
           (i32.add
            (local.get $10)
            (i32.const 1)
           )
           (local.get $19)
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
           (local.get $19)
           (i32.const 1)
          )
          (i32.lt_s
           (i32.add
            (local.get $10)
            (i32.const 2)
           )
           (local.get $19)
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
           (local.get $19)
           (i32.const 1)
          )
          (i32.lt_s
           (i32.add
            (local.get $10)
            (i32.const 3)
           )
           (local.get $19)
          )
         )
        )
        (local.set $29
         (f32x4.convert_i32x4_u
          (v128.load8_lane 12
           (i32.add
            (local.get $22)
            (local.get $14)
           )
           (v128.load8_lane 8
            (i32.add
             (local.get $22)
             (local.get $13)
            )
            (v128.load8_lane 4
             (i32.add
              (local.get $22)
              (local.get $12)
             )
             (v128.load8_lane 0
              (i32.add
               (local.get $22)
               (local.get $11)
              )
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
             )
            )
           )
          )
         )
        )
        (local.set $30
         (v128.load32_lane 3
          (i32.add
           (local.get $25)
           (i32.shl
            (local.get $14)
            (i32.const 2)
           )
          )
          (v128.load32_lane 2
           (i32.add
            (local.get $25)
            (i32.shl
             (local.get $13)
             (i32.const 2)
            )
           )
           (v128.load32_lane 1
            (i32.add
             (local.get $25)
             (i32.shl
              (local.get $12)
              (i32.const 2)
             )
            )
            (v128.load32_lane 0
             (i32.add
              (local.get $25)
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
        (local.set $31
         (v128.bitselect
          (local.get $30)
          (local.get $27)
          (f32x4.ne
           (local.get $29)
           (local.get $24)
          )
         )
        )
        (local.set $32
         (local.get $31)
        )
        (v128.store32_lane 0
         (i32.add
          (local.get $25)
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
            (local.get $25)
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
            (local.get $25)
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
            (local.get $25)
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
      (local.set $20
       (i32.add
        (local.get $20)
        (i32.const 8)
       )
      )
      (br_if $loop353
       (i32.lt_s
        (local.get $20)
        (local.get $34)
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
    (br_if $loop361
     (i32.lt_s
      (local.get $6)
      (local.get $41)
     )
    )
   )
  )
  (i32.store
   (i32.const 64432832)
   (local.get $7)
  )
 )
 (func $s_epilogue_pit (param $0 i32) (param $1 i32)
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
  (block $exit362
   (local.set $2
    (local.get $0)
   )
   (local.set $4
    (local.get $3)
   )
   (br_if $exit362
    (i32.ge_s
     (local.get $2)
     (local.get $4)
    )
   )
   (loop $loop363
    (call $s_epilogue_pit_task
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
    (br_if $loop363
     (i32.lt_s
      (local.get $2)
      (local.get $4)
     )
    )
   )
  )
 )
 (func $s_epilogue_pit_claim (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (block $exit364
   (local.set $5
    (i32.const 0)
   )
   (local.set $7
    (local.get $1)
   )
   (br_if $exit364
    (i32.ge_s
     (local.get $5)
     (local.get $7)
    )
   )
   (loop $loop365
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
      (call $s_epilogue_pit
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
    (br_if $loop365
     (i32.lt_s
      (local.get $5)
      (local.get $7)
     )
    )
   )
  )
 )
 (func $chain0 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (block $exit366
   (local.set $5
    (i32.const 0)
   )
   (local.set $8
    (local.get $1)
   )
   (br_if $exit366
    (i32.ge_s
     (local.get $5)
     (local.get $8)
    )
   )
   (loop $loop367
    (local.set $4
     (i32.load
      (local.get $2)
     )
    )
    (i32.store
     (local.get $2)
     (i32.add
      (local.get $4)
      (i32.const 1)
     )
    )
    (if
     (i32.ge_s
      (local.get $4)
      (local.get $1)
     )
     (then
      (local.set $5
       (local.get $1)
      )
     )
     (else
      (local.set $6
       (i32.add
        (local.get $0)
        (i32.mul
         (i32.add
          (i32.mul
           (local.get $4)
           (i32.const 3)
          )
          (i32.const 0)
         )
         (i32.const 44)
        )
       )
      )
      (local.set $7
       (i32.load
        (local.get $6)
       )
      )
      (if
       (i32.eq
        (local.get $7)
        (i32.const 1)
       )
       (then
        (call $op1
         (i32.load offset=4
          (local.get $6)
         )
         (i32.load offset=8
          (local.get $6)
         )
         (i32.load offset=12
          (local.get $6)
         )
         (i32.load offset=16
          (local.get $6)
         )
         (local.get $3)
         (i32.load offset=24
          (local.get $6)
         )
         (i32.load offset=28
          (local.get $6)
         )
        )
       )
      )
      (if
       (i32.eq
        (local.get $7)
        (i32.const 2)
       )
       (then
        (call $op1_nt
         (i32.load offset=4
          (local.get $6)
         )
         (i32.load offset=8
          (local.get $6)
         )
         (i32.load offset=12
          (local.get $6)
         )
         (i32.load offset=16
          (local.get $6)
         )
         (local.get $3)
         (i32.load offset=24
          (local.get $6)
         )
         (i32.load offset=28
          (local.get $6)
         )
        )
       )
      )
      (if
       (i32.eq
        (local.get $7)
        (i32.const 3)
       )
       (then
        (call $op1_shared
         (i32.load offset=4
          (local.get $6)
         )
         (i32.load offset=8
          (local.get $6)
         )
         (i32.load offset=12
          (local.get $6)
         )
         (local.get $3)
         (i32.load offset=20
          (local.get $6)
         )
         (i32.load offset=24
          (local.get $6)
         )
         (i32.load offset=28
          (local.get $6)
         )
         (i32.load offset=32
          (local.get $6)
         )
         (i32.load offset=36
          (local.get $6)
         )
         (i32.load offset=40
          (local.get $6)
         )
        )
       )
      )
      (local.set $6
       (i32.add
        (local.get $0)
        (i32.mul
         (i32.add
          (i32.mul
           (local.get $4)
           (i32.const 3)
          )
          (i32.const 1)
         )
         (i32.const 44)
        )
       )
      )
      (local.set $7
       (i32.load
        (local.get $6)
       )
      )
      (if
       (i32.eq
        (local.get $7)
        (i32.const 1)
       )
       (then
        (call $group0
         (i32.load offset=4
          (local.get $6)
         )
         (i32.load offset=8
          (local.get $6)
         )
        )
       )
      )
      (local.set $6
       (i32.add
        (local.get $0)
        (i32.mul
         (i32.add
          (i32.mul
           (local.get $4)
           (i32.const 3)
          )
          (i32.const 2)
         )
         (i32.const 44)
        )
       )
      )
      (local.set $7
       (i32.load
        (local.get $6)
       )
      )
      (if
       (i32.eq
        (local.get $7)
        (i32.const 1)
       )
       (then
        (call $op5
         (i32.load offset=4
          (local.get $6)
         )
         (i32.load offset=8
          (local.get $6)
         )
         (i32.load offset=12
          (local.get $6)
         )
         (i32.load offset=16
          (local.get $6)
         )
         (local.get $3)
         (i32.load offset=24
          (local.get $6)
         )
         (i32.load offset=28
          (local.get $6)
         )
        )
       )
      )
      (if
       (i32.eq
        (local.get $7)
        (i32.const 2)
       )
       (then
        (call $op5_shared
         (i32.load offset=4
          (local.get $6)
         )
         (i32.load offset=8
          (local.get $6)
         )
         (i32.load offset=12
          (local.get $6)
         )
         (local.get $3)
         (i32.load offset=20
          (local.get $6)
         )
         (i32.load offset=24
          (local.get $6)
         )
         (i32.load offset=28
          (local.get $6)
         )
         (i32.load offset=32
          (local.get $6)
         )
         (i32.load offset=36
          (local.get $6)
         )
         (i32.load offset=40
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
    (br_if $loop367
     (i32.lt_s
      (local.get $5)
      (local.get $8)
     )
    )
   )
  )
 )
)
