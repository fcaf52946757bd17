(module
 (type $0 (func (param i32 i32 i32 i32)))
 (type $1 (func (param f64) (result f64)))
 (type $2 (func (param i32 i32 i32 i32 i32 i32)))
 (import "env" "memory" (memory $0 1 65536))
 (import "math" "exp" (func $exp (param f64) (result f64)))
 (import "math" "log" (func $log (param f64) (result f64)))
 (import "math" "tanh" (func $tanh (param f64) (result f64)))
 (export "op0" (func $op0))
 (export "op1" (func $op1))
 (export "op2" (func $op2))
 (export "op3" (func $op3))
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
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 i32)
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
  (local.set $23
   (v128.const i32x4 0x00000000 0x00000001 0x00000002 0x00000003)
  )
  (local.set $25
   (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
  )
  (block $exit8
   (local.set $10
    (local.get $0)
   )
   (local.set $29
    (local.get $1)
   )
   (br_if $exit8
    (i32.ge_s
     (local.get $10)
     (local.get $29)
    )
   )
   (loop $loop9
    (local.set $11
     (local.get $10)
    )
    (local.set $4
     (local.get $11)
    )
    (local.set $17
     (i32.add
      (i32.const 65536)
      (i32.shl
       (local.get $4)
       (i32.const 14)
      )
     )
    )
    (local.set $26
     (i32.add
      (i32.const 16842752)
      (i32.shl
       (local.get $4)
       (i32.const 2)
      )
     )
    )
    (local.set $13
     (local.get $25)
    )
    (local.set $14
     (local.get $25)
    )
    (local.set $15
     (local.get $25)
    )
    (local.set $16
     (local.get $25)
    )
    (block $exit4
     (local.set $5
      (local.get $2)
     )
     (local.set $27
      (i32.sub
       (local.get $3)
       (i32.const 15)
      )
     )
     (br_if $exit4
      (i32.ge_s
       (local.get $5)
       (local.get $27)
      )
     )
     (loop $loop5
      (local.set $18
       (v128.load align=4
        (i32.add
         (local.get $17)
         (i32.shl
          (local.get $5)
          (i32.const 2)
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
       (v128.load offset=16 align=4
        (i32.add
         (local.get $17)
         (i32.shl
          (local.get $5)
          (i32.const 2)
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
       (v128.load offset=32 align=4
        (i32.add
         (local.get $17)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $15
       (f32x4.max
        (local.get $15)
        (local.get $20)
       )
      )
      (local.set $21
       (v128.load offset=48 align=4
        (i32.add
         (local.get $17)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $16
       (f32x4.max
        (local.get $16)
        (local.get $21)
       )
      )
      (local.set $5
       (i32.add
        (local.get $5)
        (i32.const 16)
       )
      )
      (br_if $loop5
       (i32.lt_s
        (local.get $5)
        (local.get $27)
       )
      )
     )
    )
    (block $exit6
     (local.set $5
      (local.get $5)
     )
     (local.set $28
      (i32.sub
       (local.get $3)
       (i32.const 3)
      )
     )
     (br_if $exit6
      (i32.ge_s
       (local.get $5)
       (local.get $28)
      )
     )
     (loop $loop7
      (local.set $22
       (v128.load align=4
        (i32.add
         (local.get $17)
         (i32.shl
          (local.get $5)
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
      (local.set $5
       (i32.add
        (local.get $5)
        (i32.const 4)
       )
      )
      (br_if $loop7
       (i32.lt_s
        (local.get $5)
        (local.get $28)
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
      (local.set $12
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
      (local.set $24
       (v128.load32_lane 3
        (i32.add
         (local.get $17)
         (i32.shl
          (local.get $9)
          (i32.const 2)
         )
        )
        (v128.load32_lane 2
         (i32.add
          (local.get $17)
          (i32.shl
           (local.get $8)
           (i32.const 2)
          )
         )
         (v128.load32_lane 1
          (i32.add
           (local.get $17)
           (i32.shl
            (local.get $7)
            (i32.const 2)
           )
          )
          (v128.load32_lane 0
           (i32.add
            (local.get $17)
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
      (local.set $13
       (f32x4.max
        (local.get $13)
        (v128.bitselect
         (local.get $24)
         (local.get $25)
         (i32x4.lt_s
          (local.get $23)
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
      (local.get $14)
     )
    )
    (local.set $15
     (f32x4.max
      (local.get $15)
      (local.get $16)
     )
    )
    (local.set $13
     (f32x4.max
      (local.get $13)
      (local.get $15)
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
     (local.get $26)
     (f32x4.extract_lane 0
      (local.get $13)
     )
    )
    (local.set $10
     (i32.add
      (local.get $10)
      (i32.const 1)
     )
    )
    (br_if $loop9
     (i32.lt_s
      (local.get $10)
      (local.get $29)
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
  (block $exit10
   (local.set $4
    (local.get $0)
   )
   (local.set $6
    (local.get $1)
   )
   (local.set $7
    (local.get $5)
   )
   (br_if $exit10
    (i32.ge_s
     (local.get $4)
     (local.get $6)
    )
   )
   (loop $loop11
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
    (br_if $loop11
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
  (local $15 v128)
  (local $16 i32)
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
  (local $48 i32)
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
  (local $66 i32)
  (local $67 i32)
  (local.set $20
   (v128.const i32x4 0xc2d00000 0xc2d00000 0xc2d00000 0xc2d00000)
  )
  (local.set $23
   (v128.const i32x4 0xc2adcccd 0xc2adcccd 0xc2adcccd 0xc2adcccd)
  )
  (local.set $24
   (v128.const i32x4 0x42b20000 0x42b20000 0x42b20000 0x42b20000)
  )
  (local.set $26
   (v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b)
  )
  (local.set $27
   (v128.const i32x4 0x4b400000 0x4b400000 0x4b400000 0x4b400000)
  )
  (local.set $30
   (v128.const i32x4 0x3f317200 0x3f317200 0x3f317200 0x3f317200)
  )
  (local.set $31
   (v128.const i32x4 0x35bfbe8e 0x35bfbe8e 0x35bfbe8e 0x35bfbe8e)
  )
  (local.set $33
   (v128.const i32x4 0xb4c0007e 0xb4c0007e 0xb4c0007e 0xb4c0007e)
  )
  (local.set $34
   (v128.const i32x4 0x3c882f45 0x3c882f45 0x3c882f45 0x3c882f45)
  )
  (local.set $35
   (v128.const i32x4 0x3dab9992 0x3dab9992 0x3dab9992 0x3dab9992)
  )
  (local.set $36
   (v128.const i32x4 0x3eaaabe4 0x3eaaabe4 0x3eaaabe4 0x3eaaabe4)
  )
  (local.set $37
   (v128.const i32x4 0x3f7ffef4 0x3f7ffef4 0x3f7ffef4 0x3f7ffef4)
  )
  (local.set $38
   (v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000)
  )
  (local.set $44
   (v128.const i32x4 0x4b400001 0x4b400001 0x4b400001 0x4b400001)
  )
  (local.set $46
   (v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f)
  )
  (block $exit16
   (local.set $10
    (local.get $0)
   )
   (local.set $67
    (local.get $1)
   )
   (br_if $exit16
    (i32.ge_s
     (local.get $10)
     (local.get $67)
    )
   )
   (loop $loop17
    (local.set $11
     (local.get $10)
    )
    (local.set $4
     (local.get $11)
    )
    (local.set $14
     (i32.add
      (i32.const 65536)
      (i32.shl
       (local.get $4)
       (i32.const 14)
      )
     )
    )
    (local.set $16
     (i32.add
      (i32.const 16842752)
      (i32.shl
       (local.get $4)
       (i32.const 2)
      )
     )
    )
    (local.set $17
     (v128.load32_splat
      (local.get $16)
     )
    )
    (local.set $48
     (i32.add
      (i32.const 16846848)
      (i32.shl
       (local.get $4)
       (i32.const 14)
      )
     )
    )
    (block $exit14
     (local.set $5
      (local.get $2)
     )
     (local.set $66
      (i32.sub
       (local.get $3)
       (i32.const 3)
      )
     )
     (br_if $exit14
      (i32.ge_s
       (local.get $5)
       (local.get $66)
      )
     )
     (loop $loop15
      (local.set $15
       (v128.load align=4
        (i32.add
         (local.get $14)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $18
       (f32x4.sub
        (local.get $15)
        (local.get $17)
       )
      )
      (local.set $19
       (local.get $18)
      )
      (local.set $21
       (f32x4.lt
        (local.get $19)
        (local.get $20)
       )
      )
      (local.set $22
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (if
       (i32.eqz
        (i32x4.all_true
         (local.get $21)
        )
       )
       (then
        (local.set $25
         (f32x4.pmin
          (f32x4.pmax
           (local.get $19)
           (local.get $23)
          )
          (local.get $24)
         )
        )
        (local.set $28
         (f32x4.add
          (f32x4.mul
           (local.get $25)
           (local.get $26)
          )
          (local.get $27)
         )
        )
        (local.set $29
         (f32x4.sub
          (local.get $28)
          (local.get $27)
         )
        )
        (local.set $32
         (f32x4.sub
          (f32x4.sub
           (local.get $25)
           (f32x4.mul
            (local.get $29)
            (local.get $30)
           )
          )
          (f32x4.mul
           (local.get $29)
           (local.get $31)
          )
         )
        )
        (local.set $22
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
                     (local.get $34)
                     (local.get $32)
                    )
                    (local.get $35)
                   )
                   (local.get $32)
                  )
                  (local.get $36)
                 )
                 (local.get $32)
                )
                (local.get $37)
               )
               (local.get $32)
              )
              (local.get $38)
             )
             (local.get $32)
            )
            (local.get $38)
           )
           (i32x4.shl
            (i32x4.add
             (local.get $28)
             (local.get $33)
            )
            (i32.const 23)
           )
          )
          (local.get $21)
         )
        )
        (local.set $39
         (v128.andnot
          (f32x4.lt
           (local.get $19)
           (local.get $23)
          )
          (local.get $21)
         )
        )
        (if
         (v128.any_true
          (local.get $39)
         )
         (then
          (local.set $40
           (f32x4.pmax
            (local.get $19)
            (local.get $20)
           )
          )
          (local.set $41
           (f32x4.add
            (f32x4.mul
             (local.get $40)
             (local.get $26)
            )
            (local.get $27)
           )
          )
          (local.set $42
           (f32x4.sub
            (local.get $41)
            (local.get $27)
           )
          )
          (local.set $43
           (f32x4.sub
            (f32x4.sub
             (local.get $40)
             (f32x4.mul
              (local.get $42)
              (local.get $30)
             )
            )
            (f32x4.mul
             (local.get $42)
             (local.get $31)
            )
           )
          )
          (local.set $45
           (i32x4.shr_s
            (i32x4.sub
             (local.get $41)
             (local.get $44)
            )
            (i32.const 1)
           )
          )
          (local.set $22
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
                        (local.get $34)
                        (local.get $43)
                       )
                       (local.get $35)
                      )
                      (local.get $43)
                     )
                     (local.get $36)
                    )
                    (local.get $43)
                   )
                   (local.get $37)
                  )
                  (local.get $43)
                 )
                 (local.get $38)
                )
                (local.get $43)
               )
               (local.get $38)
              )
              (i32x4.shl
               (i32x4.add
                (local.get $45)
                (local.get $46)
               )
               (i32.const 23)
              )
             )
             (i32x4.shl
              (i32x4.add
               (i32x4.sub
                (i32x4.sub
                 (local.get $41)
                 (local.get $44)
                )
                (local.get $45)
               )
               (local.get $46)
              )
              (i32.const 23)
             )
            )
            (local.get $22)
            (local.get $39)
           )
          )
         )
        )
       )
      )
      (local.set $47
       (local.get $22)
      )
      (v128.store align=4
       (i32.add
        (local.get $48)
        (i32.shl
         (local.get $5)
         (i32.const 2)
        )
       )
       (local.get $47)
      )
      (local.set $5
       (i32.add
        (local.get $5)
        (i32.const 4)
       )
      )
      (br_if $loop15
       (i32.lt_s
        (local.get $5)
        (local.get $66)
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
      (local.set $12
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
      (local.set $49
       (v128.load32_lane 3
        (i32.add
         (local.get $14)
         (i32.shl
          (local.get $9)
          (i32.const 2)
         )
        )
        (v128.load32_lane 2
         (i32.add
          (local.get $14)
          (i32.shl
           (local.get $8)
           (i32.const 2)
          )
         )
         (v128.load32_lane 1
          (i32.add
           (local.get $14)
           (i32.shl
            (local.get $7)
            (i32.const 2)
           )
          )
          (v128.load32_lane 0
           (i32.add
            (local.get $14)
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
      (local.set $50
       (f32x4.sub
        (local.get $49)
        (local.get $17)
       )
      )
      (local.set $51
       (local.get $50)
      )
      (local.set $52
       (f32x4.lt
        (local.get $51)
        (local.get $20)
       )
      )
      (local.set $53
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (if
       (i32.eqz
        (i32x4.all_true
         (local.get $52)
        )
       )
       (then
        (local.set $54
         (f32x4.pmin
          (f32x4.pmax
           (local.get $51)
           (local.get $23)
          )
          (local.get $24)
         )
        )
        (local.set $55
         (f32x4.add
          (f32x4.mul
           (local.get $54)
           (local.get $26)
          )
          (local.get $27)
         )
        )
        (local.set $56
         (f32x4.sub
          (local.get $55)
          (local.get $27)
         )
        )
        (local.set $57
         (f32x4.sub
          (f32x4.sub
           (local.get $54)
           (f32x4.mul
            (local.get $56)
            (local.get $30)
           )
          )
          (f32x4.mul
           (local.get $56)
           (local.get $31)
          )
         )
        )
        (local.set $53
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
                     (local.get $34)
                     (local.get $57)
                    )
                    (local.get $35)
                   )
                   (local.get $57)
                  )
                  (local.get $36)
                 )
                 (local.get $57)
                )
                (local.get $37)
               )
               (local.get $57)
              )
              (local.get $38)
             )
             (local.get $57)
            )
            (local.get $38)
           )
           (i32x4.shl
            (i32x4.add
             (local.get $55)
             (local.get $33)
            )
            (i32.const 23)
           )
          )
          (local.get $52)
         )
        )
        (local.set $58
         (v128.andnot
          (f32x4.lt
           (local.get $51)
           (local.get $23)
          )
          (local.get $52)
         )
        )
        (if
         (v128.any_true
          (local.get $58)
         )
         (then
          (local.set $59
           (f32x4.pmax
            (local.get $51)
            (local.get $20)
           )
          )
          (local.set $60
           (f32x4.add
            (f32x4.mul
             (local.get $59)
             (local.get $26)
            )
            (local.get $27)
           )
          )
          (local.set $61
           (f32x4.sub
            (local.get $60)
            (local.get $27)
           )
          )
          (local.set $62
           (f32x4.sub
            (f32x4.sub
             (local.get $59)
             (f32x4.mul
              (local.get $61)
              (local.get $30)
             )
            )
            (f32x4.mul
             (local.get $61)
             (local.get $31)
            )
           )
          )
          (local.set $63
           (i32x4.shr_s
            (i32x4.sub
             (local.get $60)
             (local.get $44)
            )
            (i32.const 1)
           )
          )
          (local.set $53
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
                        (local.get $34)
                        (local.get $62)
                       )
                       (local.get $35)
                      )
                      (local.get $62)
                     )
                     (local.get $36)
                    )
                    (local.get $62)
                   )
                   (local.get $37)
                  )
                  (local.get $62)
                 )
                 (local.get $38)
                )
                (local.get $62)
               )
               (local.get $38)
              )
              (i32x4.shl
               (i32x4.add
                (local.get $63)
                (local.get $46)
               )
               (i32.const 23)
              )
             )
             (i32x4.shl
              (i32x4.add
               (i32x4.sub
                (i32x4.sub
                 (local.get $60)
                 (local.get $44)
                )
                (local.get $63)
               )
               (local.get $46)
              )
              (i32.const 23)
             )
            )
            (local.get $53)
            (local.get $58)
           )
          )
         )
        )
       )
      )
      (local.set $64
       (local.get $53)
      )
      (local.set $65
       (local.get $64)
      )
      (v128.store32_lane 0
       (i32.add
        (local.get $48)
        (i32.shl
         (i32.add
          (local.get $5)
          (i32.const 0)
         )
         (i32.const 2)
        )
       )
       (local.get $65)
      )
      (if
       (i32.lt_s
        (i32.const 1)
        (local.get $12)
       )
       (then
        (v128.store32_lane 1
         (i32.add
          (local.get $48)
          (i32.shl
           (i32.add
            (local.get $5)
            (i32.const 1)
           )
           (i32.const 2)
          )
         )
         (local.get $65)
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
          (local.get $48)
          (i32.shl
           (i32.add
            (local.get $5)
            (i32.const 2)
           )
           (i32.const 2)
          )
         )
         (local.get $65)
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
          (local.get $48)
          (i32.shl
           (i32.add
            (local.get $5)
            (i32.const 3)
           )
           (i32.const 2)
          )
         )
         (local.get $65)
        )
       )
      )
     )
    )
    (local.set $10
     (i32.add
      (local.get $10)
      (i32.const 1)
     )
    )
    (br_if $loop17
     (i32.lt_s
      (local.get $10)
      (local.get $67)
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
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 i32)
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
  (local.set $23
   (v128.const i32x4 0x00000000 0x00000001 0x00000002 0x00000003)
  )
  (local.set $25
   (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
  )
  (block $exit26
   (local.set $10
    (local.get $0)
   )
   (local.set $29
    (local.get $1)
   )
   (br_if $exit26
    (i32.ge_s
     (local.get $10)
     (local.get $29)
    )
   )
   (loop $loop27
    (local.set $11
     (local.get $10)
    )
    (local.set $4
     (local.get $11)
    )
    (local.set $17
     (i32.add
      (i32.const 16846848)
      (i32.shl
       (local.get $4)
       (i32.const 14)
      )
     )
    )
    (local.set $26
     (i32.add
      (i32.const 33624064)
      (i32.shl
       (local.get $4)
       (i32.const 2)
      )
     )
    )
    (local.set $13
     (local.get $25)
    )
    (local.set $14
     (local.get $25)
    )
    (local.set $15
     (local.get $25)
    )
    (local.set $16
     (local.get $25)
    )
    (block $exit22
     (local.set $5
      (local.get $2)
     )
     (local.set $27
      (i32.sub
       (local.get $3)
       (i32.const 15)
      )
     )
     (br_if $exit22
      (i32.ge_s
       (local.get $5)
       (local.get $27)
      )
     )
     (loop $loop23
      (local.set $18
       (v128.load align=4
        (i32.add
         (local.get $17)
         (i32.shl
          (local.get $5)
          (i32.const 2)
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
       (v128.load offset=16 align=4
        (i32.add
         (local.get $17)
         (i32.shl
          (local.get $5)
          (i32.const 2)
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
       (v128.load offset=32 align=4
        (i32.add
         (local.get $17)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $15
       (f32x4.add
        (local.get $15)
        (local.get $20)
       )
      )
      (local.set $21
       (v128.load offset=48 align=4
        (i32.add
         (local.get $17)
         (i32.shl
          (local.get $5)
          (i32.const 2)
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
      (local.set $5
       (i32.add
        (local.get $5)
        (i32.const 16)
       )
      )
      (br_if $loop23
       (i32.lt_s
        (local.get $5)
        (local.get $27)
       )
      )
     )
    )
    (block $exit24
     (local.set $5
      (local.get $5)
     )
     (local.set $28
      (i32.sub
       (local.get $3)
       (i32.const 3)
      )
     )
     (br_if $exit24
      (i32.ge_s
       (local.get $5)
       (local.get $28)
      )
     )
     (loop $loop25
      (local.set $22
       (v128.load align=4
        (i32.add
         (local.get $17)
         (i32.shl
          (local.get $5)
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
      (local.set $5
       (i32.add
        (local.get $5)
        (i32.const 4)
       )
      )
      (br_if $loop25
       (i32.lt_s
        (local.get $5)
        (local.get $28)
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
      (local.set $12
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
      (local.set $24
       (v128.load32_lane 3
        (i32.add
         (local.get $17)
         (i32.shl
          (local.get $9)
          (i32.const 2)
         )
        )
        (v128.load32_lane 2
         (i32.add
          (local.get $17)
          (i32.shl
           (local.get $8)
           (i32.const 2)
          )
         )
         (v128.load32_lane 1
          (i32.add
           (local.get $17)
           (i32.shl
            (local.get $7)
            (i32.const 2)
           )
          )
          (v128.load32_lane 0
           (i32.add
            (local.get $17)
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
      (local.set $13
       (f32x4.add
        (local.get $13)
        (v128.bitselect
         (local.get $24)
         (local.get $25)
         (i32x4.lt_s
          (local.get $23)
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
      (local.get $14)
     )
    )
    (local.set $15
     (f32x4.add
      (local.get $15)
      (local.get $16)
     )
    )
    (local.set $13
     (f32x4.add
      (local.get $13)
      (local.get $15)
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
     (local.get $26)
     (f32x4.extract_lane 0
      (local.get $13)
     )
    )
    (local.set $10
     (i32.add
      (local.get $10)
      (i32.const 1)
     )
    )
    (br_if $loop27
     (i32.lt_s
      (local.get $10)
      (local.get $29)
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
    (br_if $loop29
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
  (local $15 v128)
  (local $16 i32)
  (local $17 v128)
  (local $18 v128)
  (local $19 i32)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 i32)
  (local $24 i32)
  (block $exit34
   (local.set $10
    (local.get $0)
   )
   (local.set $24
    (local.get $1)
   )
   (br_if $exit34
    (i32.ge_s
     (local.get $10)
     (local.get $24)
    )
   )
   (loop $loop35
    (local.set $11
     (local.get $10)
    )
    (local.set $4
     (local.get $11)
    )
    (local.set $14
     (i32.add
      (i32.const 16846848)
      (i32.shl
       (local.get $4)
       (i32.const 14)
      )
     )
    )
    (local.set $16
     (i32.add
      (i32.const 33624064)
      (i32.shl
       (local.get $4)
       (i32.const 2)
      )
     )
    )
    (local.set $17
     (v128.load32_splat
      (local.get $16)
     )
    )
    (local.set $19
     (i32.add
      (i32.const 33628160)
      (i32.shl
       (local.get $4)
       (i32.const 14)
      )
     )
    )
    (block $exit32
     (local.set $5
      (local.get $2)
     )
     (local.set $23
      (i32.sub
       (local.get $3)
       (i32.const 3)
      )
     )
     (br_if $exit32
      (i32.ge_s
       (local.get $5)
       (local.get $23)
      )
     )
     (loop $loop33
      (local.set $15
       (v128.load align=4
        (i32.add
         (local.get $14)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $18
       (f32x4.div
        (local.get $15)
        (local.get $17)
       )
      )
      (v128.store align=4
       (i32.add
        (local.get $19)
        (i32.shl
         (local.get $5)
         (i32.const 2)
        )
       )
       (local.get $18)
      )
      (local.set $5
       (i32.add
        (local.get $5)
        (i32.const 4)
       )
      )
      (br_if $loop33
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
      (local.set $12
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
         (local.get $14)
         (i32.shl
          (local.get $9)
          (i32.const 2)
         )
        )
        (v128.load32_lane 2
         (i32.add
          (local.get $14)
          (i32.shl
           (local.get $8)
           (i32.const 2)
          )
         )
         (v128.load32_lane 1
          (i32.add
           (local.get $14)
           (i32.shl
            (local.get $7)
            (i32.const 2)
           )
          )
          (v128.load32_lane 0
           (i32.add
            (local.get $14)
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
        (local.get $17)
       )
      )
      (local.set $22
       (local.get $21)
      )
      (v128.store32_lane 0
       (i32.add
        (local.get $19)
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
        (local.get $12)
       )
       (then
        (v128.store32_lane 1
         (i32.add
          (local.get $19)
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
        (local.get $12)
       )
       (then
        (v128.store32_lane 2
         (i32.add
          (local.get $19)
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
        (local.get $12)
       )
       (then
        (v128.store32_lane 3
         (i32.add
          (local.get $19)
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
    (local.set $10
     (i32.add
      (local.get $10)
      (i32.const 1)
     )
    )
    (br_if $loop35
     (i32.lt_s
      (local.get $10)
      (local.get $24)
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
)
