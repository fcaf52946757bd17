(module
 (type $0 (func (param i32 i32 i32 i32 i32 i32)))
 (type $1 (func))
 (type $2 (func (param f64) (result f64)))
 (type $3 (func (param i32 i32 i32 i32 i32)))
 (type $4 (func (param i32 i32)))
 (type $5 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)))
 (type $6 (func (param i32 i32 i32 i32)))
 (import "env" "memory" (memory $0 1 65536))
 (import "math" "exp" (func $exp (param f64) (result f64)))
 (import "math" "log" (func $log (param f64) (result f64)))
 (import "math" "tanh" (func $tanh (param f64) (result f64)))
 (export "op0" (func $op0))
 (export "op0_prepack" (func $op0_prepack))
 (export "op0_shared" (func $op0_shared))
 (export "op1" (func $op1))
 (export "op2" (func $op2))
 (export "op3" (func $op3))
 (export "op4" (func $op4))
 (export "index0" (func $index0))
 (export "op5" (func $op5))
 (export "op6" (func $op6))
 (export "op6_prepack" (func $op6_prepack))
 (export "op6_shared" (func $op6_shared))
 (export "op6_epilogue" (func $op6_epilogue))
 (export "op7" (func $op7))
 (export "op7_prepack" (func $op7_prepack))
 (export "op7_shared" (func $op7_shared))
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
  (local.set $9
   (local.get $0)
  )
  (block $exit6
   (local.set $6
    (i32.const 0)
   )
   (local.set $19
    (i32.div_s
     (i32.add
      (local.get $2)
      (i32.const 3)
     )
     (i32.const 4)
    )
   )
   (br_if $exit6
    (i32.ge_s
     (local.get $6)
     (local.get $19)
    )
   )
   (loop $loop7
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
         (i32.const 76124672)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 76124736)
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
         (i32.const 76124672)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 76124736)
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
         (i32.const 76124672)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 76124736)
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
         (i32.const 76124672)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 76124736)
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
    (block $exit4
     (local.set $7
      (i32.const 0)
     )
     (local.set $18
      (local.get $4)
     )
     (br_if $exit4
      (i32.ge_s
       (local.get $7)
       (local.get $18)
      )
     )
     (loop $loop5
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
              (i32.const 76125248)
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
              (i32.const 76125248)
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
              (i32.const 76125248)
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
              (i32.const 76125248)
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
      (br_if $loop5
       (i32.lt_s
        (local.get $7)
        (local.get $18)
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
    (br_if $loop7
     (i32.lt_s
      (local.get $6)
      (local.get $19)
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
          (i32.const 76127296)
          (i32.shl
           (local.get $5)
           (i32.const 2)
          )
         )
        )
        (i32.load
         (i32.add
          (i32.const 76127360)
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
    (block $exit14
     (local.set $7
      (i32.const 0)
     )
     (local.set $35
      (local.get $2)
     )
     (br_if $exit14
      (i32.ge_s
       (local.get $7)
       (local.get $35)
      )
     )
     (loop $loop15
      (local.set $31
       (i32.add
        (local.get $30)
        (i32.shl
         (i32.load
          (i32.add
           (i32.const 76127424)
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
      (block $exit12
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
       (br_if $exit12
        (i32.ge_s
         (local.get $6)
         (local.get $34)
        )
       )
       (loop $loop13
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
        (br_if $loop13
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
      (br_if $loop15
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
    (block $exit10
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
     (br_if $exit10
      (i32.ge_s
       (local.get $6)
       (local.get $29)
      )
     )
     (loop $loop11
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
           (i32.const 76127296)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 76127360)
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
           (i32.const 76127296)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 76127360)
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
           (i32.const 76127296)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 76127360)
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
           (i32.const 76127296)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 76127360)
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
           (i32.const 76127296)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 76127360)
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
           (i32.const 76127296)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 76127360)
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
           (i32.const 76127296)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 76127360)
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
           (i32.const 76127296)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 76127360)
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
      (block $exit8
       (local.set $7
        (i32.const 0)
       )
       (local.set $28
        (local.get $2)
       )
       (br_if $exit8
        (i32.ge_s
         (local.get $7)
         (local.get $28)
        )
       )
       (loop $loop9
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
                (i32.const 76127424)
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
                  (i32.const 76127424)
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
                  (i32.const 76127424)
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
                  (i32.const 76127424)
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
                  (i32.const 76127424)
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
                  (i32.const 76127424)
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
                  (i32.const 76127424)
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
                  (i32.const 76127424)
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
                  (i32.const 76127424)
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
        (br_if $loop9
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
      (br_if $loop11
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
 (func $op0 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
  (local $5 i32)
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
  (local.set $30
   (local.get $4)
  )
  (local.set $31
   (i32.add
    (local.get $4)
    (i32.const 65536)
   )
  )
  (local.set $32
   (i32.add
    (local.get $31)
    (i32.const 524288)
   )
  )
  (local.set $33
   (i32.add
    (local.get $32)
    (i32.const 16)
   )
  )
  (local.set $34
   (i32.add
    (local.get $33)
    (i32.const 128)
   )
  )
  (block $exit46
   (local.set $5
    (i32.const 0)
   )
   (local.set $50
    (local.get $1)
   )
   (br_if $exit46
    (i32.ge_s
     (local.get $5)
     (local.get $50)
    )
   )
   (loop $loop47
    (local.set $6
     (i32.add
      (local.get $0)
      (i32.mul
       (local.get $5)
       (i32.const 40)
      )
     )
    )
    (local.set $7
     (i32.load
      (local.get $6)
     )
    )
    (local.set $8
     (i32.load offset=4
      (local.get $6)
     )
    )
    (local.set $9
     (i32.load offset=8
      (local.get $6)
     )
    )
    (local.set $10
     (i32.load offset=12
      (local.get $6)
     )
    )
    (local.set $11
     (i32.load offset=16
      (local.get $6)
     )
    )
    (local.set $12
     (i32.load offset=20
      (local.get $6)
     )
    )
    (local.set $13
     (i32.load offset=24
      (local.get $6)
     )
    )
    (local.set $14
     (i32.const 0)
    )
    (block $exit40
     (local.set $28
      (i32.const 0)
     )
     (local.set $47
      (local.get $13)
     )
     (br_if $exit40
      (i32.ge_s
       (local.get $28)
       (local.get $47)
      )
     )
     (loop $loop41
      (if
       (i32.lt_s
        (i32.load
         (i32.add
          (local.get $12)
          (i32.shl
           (local.get $28)
           (i32.const 2)
          )
         )
        )
        (local.get $2)
       )
       (then
        (local.set $14
         (i32.add
          (local.get $28)
          (i32.const 1)
         )
        )
       )
      )
      (local.set $28
       (i32.add
        (local.get $28)
        (i32.const 1)
       )
      )
      (br_if $loop41
       (i32.lt_s
        (local.get $28)
        (local.get $47)
       )
      )
     )
    )
    (local.set $15
     (local.get $14)
    )
    (block $exit42
     (local.set $28
      (local.get $14)
     )
     (local.set $48
      (local.get $13)
     )
     (br_if $exit42
      (i32.ge_s
       (local.get $28)
       (local.get $48)
      )
     )
     (loop $loop43
      (if
       (i32.lt_s
        (i32.load
         (i32.add
          (local.get $12)
          (i32.shl
           (local.get $28)
           (i32.const 2)
          )
         )
        )
        (local.get $3)
       )
       (then
        (local.set $15
         (i32.add
          (local.get $28)
          (i32.const 1)
         )
        )
       )
      )
      (local.set $28
       (i32.add
        (local.get $28)
        (i32.const 1)
       )
      )
      (br_if $loop43
       (i32.lt_s
        (local.get $28)
        (local.get $48)
       )
      )
     )
    )
    (block $exit44
     (local.set $16
      (local.get $14)
     )
     (local.set $49
      (local.get $15)
     )
     (br_if $exit44
      (i32.ge_s
       (local.get $16)
       (local.get $49)
      )
     )
     (loop $loop45
      (local.set $17
       (select
        (i32.const 512)
        (i32.sub
         (local.get $15)
         (local.get $16)
        )
        (i32.lt_s
         (i32.const 512)
         (i32.sub
          (local.get $15)
          (local.get $16)
         )
        )
       )
      )
      (block $exit38
       (local.set $18
        (i32.const 0)
       )
       (local.set $46
        (local.get $11)
       )
       (br_if $exit38
        (i32.ge_s
         (local.get $18)
         (local.get $46)
        )
       )
       (loop $loop39
        (local.set $19
         (select
          (i32.const 256)
          (i32.sub
           (local.get $11)
           (local.get $18)
          )
          (i32.lt_s
           (i32.const 256)
           (i32.sub
            (local.get $11)
            (local.get $18)
           )
          )
         )
        )
        (call $op0_packB
         (local.get $31)
         (i32.add
          (local.get $10)
          (i32.shl
           (local.get $18)
           (i32.const 2)
          )
         )
         (local.get $19)
         (i32.add
          (local.get $12)
          (i32.shl
           (local.get $16)
           (i32.const 2)
          )
         )
         (local.get $17)
         (local.get $7)
        )
        (block $exit36
         (local.set $20
          (i32.const 0)
         )
         (local.set $45
          (local.get $9)
         )
         (br_if $exit36
          (i32.ge_s
           (local.get $20)
           (local.get $45)
          )
         )
         (loop $loop37
          (local.set $21
           (select
            (i32.const 64)
            (i32.sub
             (local.get $9)
             (local.get $20)
            )
            (i32.lt_s
             (i32.const 64)
             (i32.sub
              (local.get $9)
              (local.get $20)
             )
            )
           )
          )
          (call $op0_packA
           (local.get $30)
           (i32.add
            (local.get $8)
            (i32.shl
             (local.get $20)
             (i32.const 2)
            )
           )
           (local.get $21)
           (i32.add
            (local.get $10)
            (i32.shl
             (local.get $18)
             (i32.const 2)
            )
           )
           (local.get $19)
           (local.get $7)
          )
          (block $exit34
           (local.set $22
            (i32.const 0)
           )
           (local.set $44
            (i32.div_s
             (i32.add
              (local.get $17)
              (i32.const 7)
             )
             (i32.const 8)
            )
           )
           (br_if $exit34
            (i32.ge_s
             (local.get $22)
             (local.get $44)
            )
           )
           (loop $loop35
            (local.set $24
             (i32.add
              (local.get $16)
              (i32.mul
               (local.get $22)
               (i32.const 8)
              )
             )
            )
            (local.set $25
             (select
              (i32.const 8)
              (i32.sub
               (local.get $17)
               (i32.mul
                (local.get $22)
                (i32.const 8)
               )
              )
              (i32.lt_s
               (i32.const 8)
               (i32.sub
                (local.get $17)
                (i32.mul
                 (local.get $22)
                 (i32.const 8)
                )
               )
              )
             )
            )
            (local.set $26
             (i32.and
              (i32.eq
               (local.get $25)
               (i32.const 8)
              )
              (i32.eq
               (i32.sub
                (i32.load
                 (i32.add
                  (local.get $12)
                  (i32.shl
                   (i32.add
                    (local.get $24)
                    (i32.const 7)
                   )
                   (i32.const 2)
                  )
                 )
                )
                (i32.load
                 (i32.add
                  (local.get $12)
                  (i32.shl
                   (local.get $24)
                   (i32.const 2)
                  )
                 )
                )
               )
               (i32.const 7)
              )
             )
            )
            (block $exit32
             (local.set $23
              (i32.const 0)
             )
             (local.set $43
              (i32.div_s
               (i32.add
                (local.get $21)
                (i32.const 3)
               )
               (i32.const 4)
              )
             )
             (br_if $exit32
              (i32.ge_s
               (local.get $23)
               (local.get $43)
              )
             )
             (loop $loop33
              (if
               (local.get $26)
               (then
                (i32.store
                 (local.get $32)
                 (select
                  (i32.add
                   (i32.const 67452928)
                   (i32.shl
                    (i32.add
                     (i32.add
                      (i32.load
                       (i32.add
                        (i32.const 76129472)
                        (i32.shl
                         (local.get $7)
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.load
                       (i32.add
                        (i32.const 76129536)
                        (i32.shl
                         (i32.load
                          (i32.add
                           (local.get $8)
                           (i32.shl
                            (i32.add
                             (i32.add
                              (local.get $20)
                              (i32.mul
                               (local.get $23)
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
                       (i32.const 76130048)
                       (i32.shl
                        (i32.load
                         (i32.add
                          (local.get $12)
                          (i32.shl
                           (i32.add
                            (local.get $24)
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
                  (local.get $34)
                  (i32.lt_s
                   (i32.add
                    (i32.mul
                     (local.get $23)
                     (i32.const 4)
                    )
                    (i32.const 0)
                   )
                   (local.get $21)
                  )
                 )
                )
                (i32.store offset=4
                 (local.get $32)
                 (select
                  (i32.add
                   (i32.const 67452928)
                   (i32.shl
                    (i32.add
                     (i32.add
                      (i32.load
                       (i32.add
                        (i32.const 76129472)
                        (i32.shl
                         (local.get $7)
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.load
                       (i32.add
                        (i32.const 76129536)
                        (i32.shl
                         (i32.load
                          (i32.add
                           (local.get $8)
                           (i32.shl
                            (i32.add
                             (i32.add
                              (local.get $20)
                              (i32.mul
                               (local.get $23)
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
                       (i32.const 76130048)
                       (i32.shl
                        (i32.load
                         (i32.add
                          (local.get $12)
                          (i32.shl
                           (i32.add
                            (local.get $24)
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
                  (local.get $34)
                  (i32.lt_s
                   (i32.add
                    (i32.mul
                     (local.get $23)
                     (i32.const 4)
                    )
                    (i32.const 1)
                   )
                   (local.get $21)
                  )
                 )
                )
                (i32.store offset=8
                 (local.get $32)
                 (select
                  (i32.add
                   (i32.const 67452928)
                   (i32.shl
                    (i32.add
                     (i32.add
                      (i32.load
                       (i32.add
                        (i32.const 76129472)
                        (i32.shl
                         (local.get $7)
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.load
                       (i32.add
                        (i32.const 76129536)
                        (i32.shl
                         (i32.load
                          (i32.add
                           (local.get $8)
                           (i32.shl
                            (i32.add
                             (i32.add
                              (local.get $20)
                              (i32.mul
                               (local.get $23)
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
                       (i32.const 76130048)
                       (i32.shl
                        (i32.load
                         (i32.add
                          (local.get $12)
                          (i32.shl
                           (i32.add
                            (local.get $24)
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
                  (local.get $34)
                  (i32.lt_s
                   (i32.add
                    (i32.mul
                     (local.get $23)
                     (i32.const 4)
                    )
                    (i32.const 2)
                   )
                   (local.get $21)
                  )
                 )
                )
                (i32.store offset=12
                 (local.get $32)
                 (select
                  (i32.add
                   (i32.const 67452928)
                   (i32.shl
                    (i32.add
                     (i32.add
                      (i32.load
                       (i32.add
                        (i32.const 76129472)
                        (i32.shl
                         (local.get $7)
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.load
                       (i32.add
                        (i32.const 76129536)
                        (i32.shl
                         (i32.load
                          (i32.add
                           (local.get $8)
                           (i32.shl
                            (i32.add
                             (i32.add
                              (local.get $20)
                              (i32.mul
                               (local.get $23)
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
                       (i32.const 76130048)
                       (i32.shl
                        (i32.load
                         (i32.add
                          (local.get $12)
                          (i32.shl
                           (i32.add
                            (local.get $24)
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
                  (local.get $34)
                  (i32.lt_s
                   (i32.add
                    (i32.mul
                     (local.get $23)
                     (i32.const 4)
                    )
                    (i32.const 3)
                   )
                   (local.get $21)
                  )
                 )
                )
                (call $microkernel_4x8
                 (i32.add
                  (local.get $30)
                  (i32.mul
                   (local.get $23)
                   (i32.mul
                    (local.get $19)
                    (i32.const 16)
                   )
                  )
                 )
                 (i32.add
                  (local.get $31)
                  (i32.mul
                   (local.get $22)
                   (i32.mul
                    (local.get $19)
                    (i32.const 32)
                   )
                  )
                 )
                 (local.get $19)
                 (local.get $32)
                )
               )
               (else
                (i32.store
                 (local.get $32)
                 (i32.add
                  (local.get $33)
                  (i32.const 0)
                 )
                )
                (local.set $29
                 (i32.lt_s
                  (i32.add
                   (i32.mul
                    (local.get $23)
                    (i32.const 4)
                   )
                   (i32.const 0)
                  )
                  (local.get $21)
                 )
                )
                (local.set $27
                 (select
                  (i32.add
                   (i32.load
                    (i32.add
                     (i32.const 76129472)
                     (i32.shl
                      (local.get $7)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 76129536)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (local.get $8)
                        (i32.shl
                         (i32.add
                          (i32.add
                           (local.get $20)
                           (i32.mul
                            (local.get $23)
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
                  (local.get $29)
                 )
                )
                (block $exit16
                 (local.set $28
                  (i32.const 0)
                 )
                 (local.set $35
                  (i32.const 8)
                 )
                 (br_if $exit16
                  (i32.ge_s
                   (local.get $28)
                   (local.get $35)
                  )
                 )
                 (loop $loop17
                  (f32.store
                   (i32.add
                    (local.get $33)
                    (i32.add
                     (i32.const 0)
                     (i32.shl
                      (local.get $28)
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
                        (local.get $27)
                        (i32.load
                         (i32.add
                          (i32.const 76130048)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (local.get $12)
                             (i32.shl
                              (i32.add
                               (local.get $24)
                               (local.get $28)
                              )
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
                     (local.get $29)
                     (i32.lt_s
                      (local.get $28)
                      (local.get $25)
                     )
                    )
                   )
                  )
                  (local.set $28
                   (i32.add
                    (local.get $28)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop17
                   (i32.lt_s
                    (local.get $28)
                    (local.get $35)
                   )
                  )
                 )
                )
                (i32.store offset=4
                 (local.get $32)
                 (i32.add
                  (local.get $33)
                  (i32.const 32)
                 )
                )
                (local.set $29
                 (i32.lt_s
                  (i32.add
                   (i32.mul
                    (local.get $23)
                    (i32.const 4)
                   )
                   (i32.const 1)
                  )
                  (local.get $21)
                 )
                )
                (local.set $27
                 (select
                  (i32.add
                   (i32.load
                    (i32.add
                     (i32.const 76129472)
                     (i32.shl
                      (local.get $7)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 76129536)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (local.get $8)
                        (i32.shl
                         (i32.add
                          (i32.add
                           (local.get $20)
                           (i32.mul
                            (local.get $23)
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
                  (local.get $29)
                 )
                )
                (block $exit20
                 (local.set $28
                  (i32.const 0)
                 )
                 (local.set $37
                  (i32.const 8)
                 )
                 (br_if $exit20
                  (i32.ge_s
                   (local.get $28)
                   (local.get $37)
                  )
                 )
                 (loop $loop21
                  (f32.store
                   (i32.add
                    (local.get $33)
                    (i32.add
                     (i32.const 32)
                     (i32.shl
                      (local.get $28)
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
                        (local.get $27)
                        (i32.load
                         (i32.add
                          (i32.const 76130048)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (local.get $12)
                             (i32.shl
                              (i32.add
                               (local.get $24)
                               (local.get $28)
                              )
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
                     (local.get $29)
                     (i32.lt_s
                      (local.get $28)
                      (local.get $25)
                     )
                    )
                   )
                  )
                  (local.set $28
                   (i32.add
                    (local.get $28)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop21
                   (i32.lt_s
                    (local.get $28)
                    (local.get $37)
                   )
                  )
                 )
                )
                (i32.store offset=8
                 (local.get $32)
                 (i32.add
                  (local.get $33)
                  (i32.const 64)
                 )
                )
                (local.set $29
                 (i32.lt_s
                  (i32.add
                   (i32.mul
                    (local.get $23)
                    (i32.const 4)
                   )
                   (i32.const 2)
                  )
                  (local.get $21)
                 )
                )
                (local.set $27
                 (select
                  (i32.add
                   (i32.load
                    (i32.add
                     (i32.const 76129472)
                     (i32.shl
                      (local.get $7)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 76129536)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (local.get $8)
                        (i32.shl
                         (i32.add
                          (i32.add
                           (local.get $20)
                           (i32.mul
                            (local.get $23)
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
                  (local.get $29)
                 )
                )
                (block $exit24
                 (local.set $28
                  (i32.const 0)
                 )
                 (local.set $39
                  (i32.const 8)
                 )
                 (br_if $exit24
                  (i32.ge_s
                   (local.get $28)
                   (local.get $39)
                  )
                 )
                 (loop $loop25
                  (f32.store
                   (i32.add
                    (local.get $33)
                    (i32.add
                     (i32.const 64)
                     (i32.shl
                      (local.get $28)
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
                        (local.get $27)
                        (i32.load
                         (i32.add
                          (i32.const 76130048)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (local.get $12)
                             (i32.shl
                              (i32.add
                               (local.get $24)
                               (local.get $28)
                              )
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
                     (local.get $29)
                     (i32.lt_s
                      (local.get $28)
                      (local.get $25)
                     )
                    )
                   )
                  )
                  (local.set $28
                   (i32.add
                    (local.get $28)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop25
                   (i32.lt_s
                    (local.get $28)
                    (local.get $39)
                   )
                  )
                 )
                )
                (i32.store offset=12
                 (local.get $32)
                 (i32.add
                  (local.get $33)
                  (i32.const 96)
                 )
                )
                (local.set $29
                 (i32.lt_s
                  (i32.add
                   (i32.mul
                    (local.get $23)
                    (i32.const 4)
                   )
                   (i32.const 3)
                  )
                  (local.get $21)
                 )
                )
                (local.set $27
                 (select
                  (i32.add
                   (i32.load
                    (i32.add
                     (i32.const 76129472)
                     (i32.shl
                      (local.get $7)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 76129536)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (local.get $8)
                        (i32.shl
                         (i32.add
                          (i32.add
                           (local.get $20)
                           (i32.mul
                            (local.get $23)
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
                  (local.get $29)
                 )
                )
                (block $exit28
                 (local.set $28
                  (i32.const 0)
                 )
                 (local.set $41
                  (i32.const 8)
                 )
                 (br_if $exit28
                  (i32.ge_s
                   (local.get $28)
                   (local.get $41)
                  )
                 )
                 (loop $loop29
                  (f32.store
                   (i32.add
                    (local.get $33)
                    (i32.add
                     (i32.const 96)
                     (i32.shl
                      (local.get $28)
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
                        (local.get $27)
                        (i32.load
                         (i32.add
                          (i32.const 76130048)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (local.get $12)
                             (i32.shl
                              (i32.add
                               (local.get $24)
                               (local.get $28)
                              )
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
                     (local.get $29)
                     (i32.lt_s
                      (local.get $28)
                      (local.get $25)
                     )
                    )
                   )
                  )
                  (local.set $28
                   (i32.add
                    (local.get $28)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop29
                   (i32.lt_s
                    (local.get $28)
                    (local.get $41)
                   )
                  )
                 )
                )
                (call $microkernel_4x8
                 (i32.add
                  (local.get $30)
                  (i32.mul
                   (local.get $23)
                   (i32.mul
                    (local.get $19)
                    (i32.const 16)
                   )
                  )
                 )
                 (i32.add
                  (local.get $31)
                  (i32.mul
                   (local.get $22)
                   (i32.mul
                    (local.get $19)
                    (i32.const 32)
                   )
                  )
                 )
                 (local.get $19)
                 (local.get $32)
                )
                (local.set $29
                 (i32.lt_s
                  (i32.add
                   (i32.mul
                    (local.get $23)
                    (i32.const 4)
                   )
                   (i32.const 0)
                  )
                  (local.get $21)
                 )
                )
                (local.set $27
                 (select
                  (i32.add
                   (i32.load
                    (i32.add
                     (i32.const 76129472)
                     (i32.shl
                      (local.get $7)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 76129536)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (local.get $8)
                        (i32.shl
                         (i32.add
                          (i32.add
                           (local.get $20)
                           (i32.mul
                            (local.get $23)
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
                  (local.get $29)
                 )
                )
                (block $exit18
                 (local.set $28
                  (i32.const 0)
                 )
                 (local.set $36
                  (local.get $25)
                 )
                 (br_if $exit18
                  (i32.ge_s
                   (local.get $28)
                   (local.get $36)
                  )
                 )
                 (loop $loop19
                  (if
                   (local.get $29)
                   (then
                    (f32.store
                     (i32.add
                      (i32.const 67452928)
                      (i32.shl
                       (i32.add
                        (local.get $27)
                        (i32.load
                         (i32.add
                          (i32.const 76130048)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (local.get $12)
                             (i32.shl
                              (i32.add
                               (local.get $24)
                               (local.get $28)
                              )
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
                       (local.get $33)
                       (i32.add
                        (i32.const 0)
                        (i32.shl
                         (local.get $28)
                         (i32.const 2)
                        )
                       )
                      )
                     )
                    )
                   )
                  )
                  (local.set $28
                   (i32.add
                    (local.get $28)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop19
                   (i32.lt_s
                    (local.get $28)
                    (local.get $36)
                   )
                  )
                 )
                )
                (local.set $29
                 (i32.lt_s
                  (i32.add
                   (i32.mul
                    (local.get $23)
                    (i32.const 4)
                   )
                   (i32.const 1)
                  )
                  (local.get $21)
                 )
                )
                (local.set $27
                 (select
                  (i32.add
                   (i32.load
                    (i32.add
                     (i32.const 76129472)
                     (i32.shl
                      (local.get $7)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 76129536)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (local.get $8)
                        (i32.shl
                         (i32.add
                          (i32.add
                           (local.get $20)
                           (i32.mul
                            (local.get $23)
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
                  (local.get $29)
                 )
                )
                (block $exit22
                 (local.set $28
                  (i32.const 0)
                 )
                 (local.set $38
                  (local.get $25)
                 )
                 (br_if $exit22
                  (i32.ge_s
                   (local.get $28)
                   (local.get $38)
                  )
                 )
                 (loop $loop23
                  (if
                   (local.get $29)
                   (then
                    (f32.store
                     (i32.add
                      (i32.const 67452928)
                      (i32.shl
                       (i32.add
                        (local.get $27)
                        (i32.load
                         (i32.add
                          (i32.const 76130048)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (local.get $12)
                             (i32.shl
                              (i32.add
                               (local.get $24)
                               (local.get $28)
                              )
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
                       (local.get $33)
                       (i32.add
                        (i32.const 32)
                        (i32.shl
                         (local.get $28)
                         (i32.const 2)
                        )
                       )
                      )
                     )
                    )
                   )
                  )
                  (local.set $28
                   (i32.add
                    (local.get $28)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop23
                   (i32.lt_s
                    (local.get $28)
                    (local.get $38)
                   )
                  )
                 )
                )
                (local.set $29
                 (i32.lt_s
                  (i32.add
                   (i32.mul
                    (local.get $23)
                    (i32.const 4)
                   )
                   (i32.const 2)
                  )
                  (local.get $21)
                 )
                )
                (local.set $27
                 (select
                  (i32.add
                   (i32.load
                    (i32.add
                     (i32.const 76129472)
                     (i32.shl
                      (local.get $7)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 76129536)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (local.get $8)
                        (i32.shl
                         (i32.add
                          (i32.add
                           (local.get $20)
                           (i32.mul
                            (local.get $23)
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
                  (local.get $29)
                 )
                )
                (block $exit26
                 (local.set $28
                  (i32.const 0)
                 )
                 (local.set $40
                  (local.get $25)
                 )
                 (br_if $exit26
                  (i32.ge_s
                   (local.get $28)
                   (local.get $40)
                  )
                 )
                 (loop $loop27
                  (if
                   (local.get $29)
                   (then
                    (f32.store
                     (i32.add
                      (i32.const 67452928)
                      (i32.shl
                       (i32.add
                        (local.get $27)
                        (i32.load
                         (i32.add
                          (i32.const 76130048)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (local.get $12)
                             (i32.shl
                              (i32.add
                               (local.get $24)
                               (local.get $28)
                              )
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
                       (local.get $33)
                       (i32.add
                        (i32.const 64)
                        (i32.shl
                         (local.get $28)
                         (i32.const 2)
                        )
                       )
                      )
                     )
                    )
                   )
                  )
                  (local.set $28
                   (i32.add
                    (local.get $28)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop27
                   (i32.lt_s
                    (local.get $28)
                    (local.get $40)
                   )
                  )
                 )
                )
                (local.set $29
                 (i32.lt_s
                  (i32.add
                   (i32.mul
                    (local.get $23)
                    (i32.const 4)
                   )
                   (i32.const 3)
                  )
                  (local.get $21)
                 )
                )
                (local.set $27
                 (select
                  (i32.add
                   (i32.load
                    (i32.add
                     (i32.const 76129472)
                     (i32.shl
                      (local.get $7)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 76129536)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (local.get $8)
                        (i32.shl
                         (i32.add
                          (i32.add
                           (local.get $20)
                           (i32.mul
                            (local.get $23)
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
                  (local.get $29)
                 )
                )
                (block $exit30
                 (local.set $28
                  (i32.const 0)
                 )
                 (local.set $42
                  (local.get $25)
                 )
                 (br_if $exit30
                  (i32.ge_s
                   (local.get $28)
                   (local.get $42)
                  )
                 )
                 (loop $loop31
                  (if
                   (local.get $29)
                   (then
                    (f32.store
                     (i32.add
                      (i32.const 67452928)
                      (i32.shl
                       (i32.add
                        (local.get $27)
                        (i32.load
                         (i32.add
                          (i32.const 76130048)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (local.get $12)
                             (i32.shl
                              (i32.add
                               (local.get $24)
                               (local.get $28)
                              )
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
                       (local.get $33)
                       (i32.add
                        (i32.const 96)
                        (i32.shl
                         (local.get $28)
                         (i32.const 2)
                        )
                       )
                      )
                     )
                    )
                   )
                  )
                  (local.set $28
                   (i32.add
                    (local.get $28)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop31
                   (i32.lt_s
                    (local.get $28)
                    (local.get $42)
                   )
                  )
                 )
                )
               )
              )
              (local.set $23
               (i32.add
                (local.get $23)
                (i32.const 1)
               )
              )
              (br_if $loop33
               (i32.lt_s
                (local.get $23)
                (local.get $43)
               )
              )
             )
            )
            (local.set $22
             (i32.add
              (local.get $22)
              (i32.const 1)
             )
            )
            (br_if $loop35
             (i32.lt_s
              (local.get $22)
              (local.get $44)
             )
            )
           )
          )
          (local.set $20
           (i32.add
            (local.get $20)
            (i32.const 64)
           )
          )
          (br_if $loop37
           (i32.lt_s
            (local.get $20)
            (local.get $45)
           )
          )
         )
        )
        (local.set $18
         (i32.add
          (local.get $18)
          (i32.const 256)
         )
        )
        (br_if $loop39
         (i32.lt_s
          (local.get $18)
          (local.get $46)
         )
        )
       )
      )
      (local.set $16
       (i32.add
        (local.get $16)
        (i32.const 512)
       )
      )
      (br_if $loop45
       (i32.lt_s
        (local.get $16)
        (local.get $49)
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
    (br_if $loop47
     (i32.lt_s
      (local.get $5)
      (local.get $50)
     )
    )
   )
  )
 )
 (func $op0_prepack (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (block $exit48
   (local.set $2
    (i32.const 0)
   )
   (local.set $4
    (local.get $1)
   )
   (br_if $exit48
    (i32.ge_s
     (local.get $2)
     (local.get $4)
    )
   )
   (loop $loop49
    (local.set $3
     (i32.add
      (local.get $0)
      (i32.mul
       (local.get $2)
       (i32.const 40)
      )
     )
    )
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
    (local.set $2
     (i32.add
      (local.get $2)
      (i32.const 1)
     )
    )
    (br_if $loop49
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
  (local.set $38
   (local.get $4)
  )
  (local.set $40
   (i32.add
    (local.get $38)
    (i32.const 524288)
   )
  )
  (local.set $41
   (i32.add
    (local.get $40)
    (i32.const 16)
   )
  )
  (local.set $42
   (i32.add
    (local.get $41)
    (i32.const 128)
   )
  )
  (block $exit82
   (local.set $10
    (i32.const 0)
   )
   (local.set $61
    (local.get $1)
   )
   (br_if $exit82
    (i32.ge_s
     (local.get $10)
     (local.get $61)
    )
   )
   (loop $loop83
    (local.set $13
     (i32.add
      (local.get $0)
      (i32.mul
       (local.get $10)
       (i32.const 40)
      )
     )
    )
    (local.set $14
     (i32.load
      (local.get $13)
     )
    )
    (local.set $11
     (i32.add
      (local.get $10)
      (i32.const 1)
     )
    )
    (block
     (block $exit78
      (local.set $12
       (local.get $11)
      )
      (local.set $58
       (local.get $1)
      )
      (br_if $exit78
       (i32.ge_s
        (local.get $12)
        (local.get $58)
       )
      )
      (loop $loop79
       (if
        (i32.ne
         (i32.load
          (i32.add
           (local.get $0)
           (i32.mul
            (local.get $12)
            (i32.const 40)
           )
          )
         )
         (local.get $14)
        )
        (then
         (local.set $12
          (local.get $1)
         )
        )
        (else
         (local.set $11
          (i32.add
           (local.get $12)
           (i32.const 1)
          )
         )
        )
       )
       (local.set $12
        (i32.add
         (local.get $12)
         (i32.const 1)
        )
       )
       (br_if $loop79
        (i32.lt_s
         (local.get $12)
         (local.get $58)
        )
       )
      )
     )
    )
    (block $exit80
     (local.set $15
      (local.get $2)
     )
     (local.set $59
      (local.get $3)
     )
     (local.set $60
      (local.get $9)
     )
     (br_if $exit80
      (i32.ge_s
       (local.get $15)
       (local.get $59)
      )
     )
     (loop $loop81
      (local.set $16
       (select
        (local.get $9)
        (i32.sub
         (local.get $3)
         (local.get $15)
        )
        (i32.lt_s
         (local.get $9)
         (i32.sub
          (local.get $3)
          (local.get $15)
         )
        )
       )
      )
      (block $exit76
       (local.set $17
        (i32.const 0)
       )
       (local.set $56
        (i32.const 512)
       )
       (local.set $57
        (local.get $8)
       )
       (br_if $exit76
        (i32.ge_s
         (local.get $17)
         (local.get $56)
        )
       )
       (loop $loop77
        (local.set $18
         (select
          (local.get $8)
          (i32.sub
           (i32.const 512)
           (local.get $17)
          )
          (i32.lt_s
           (local.get $8)
           (i32.sub
            (i32.const 512)
            (local.get $17)
           )
          )
         )
        )
        (if
         (i32.eqz
          (local.get $7)
         )
         (then
          (call $op0_packB
           (local.get $38)
           (i32.add
            (local.get $5)
            (i32.shl
             (local.get $17)
             (i32.const 2)
            )
           )
           (local.get $18)
           (i32.add
            (local.get $6)
            (i32.shl
             (local.get $15)
             (i32.const 2)
            )
           )
           (local.get $16)
           (local.get $14)
          )
         )
        )
        (block $exit74
         (local.set $12
          (local.get $10)
         )
         (local.set $55
          (local.get $11)
         )
         (br_if $exit74
          (i32.ge_s
           (local.get $12)
           (local.get $55)
          )
         )
         (loop $loop75
          (local.set $13
           (i32.add
            (local.get $0)
            (i32.mul
             (local.get $12)
             (i32.const 40)
            )
           )
          )
          (local.set $32
           (i32.load offset=8
            (local.get $13)
           )
          )
          (local.set $33
           (i32.load offset=16
            (local.get $13)
           )
          )
          (local.set $34
           (i32.load offset=28
            (local.get $13)
           )
          )
          (local.set $21
           (i32.const 0)
          )
          (local.set $22
           (local.get $33)
          )
          (block
           (block $exit68
            (local.set $23
             (i32.const 0)
            )
            (local.set $52
             (i32.const 32)
            )
            (br_if $exit68
             (i32.ge_s
              (local.get $23)
              (local.get $52)
             )
            )
            (loop $loop69
             (if
              (i32.ge_s
               (local.get $21)
               (local.get $22)
              )
              (then
               (local.set $23
                (i32.const 32)
               )
              )
              (else
               (local.set $26
                (i32.div_s
                 (i32.add
                  (local.get $21)
                  (local.get $22)
                 )
                 (i32.const 2)
                )
               )
               (if
                (i32.lt_s
                 (i32.load
                  (i32.add
                   (i32.load offset=12
                    (local.get $13)
                   )
                   (i32.shl
                    (local.get $26)
                    (i32.const 2)
                   )
                  )
                 )
                 (local.get $17)
                )
                (then
                 (local.set $21
                  (i32.add
                   (local.get $26)
                   (i32.const 1)
                  )
                 )
                )
                (else
                 (local.set $22
                  (local.get $26)
                 )
                )
               )
              )
             )
             (local.set $23
              (i32.add
               (local.get $23)
               (i32.const 1)
              )
             )
             (br_if $loop69
              (i32.lt_s
               (local.get $23)
               (local.get $52)
              )
             )
            )
           )
          )
          (local.set $19
           (local.get $21)
          )
          (local.set $21
           (i32.const 0)
          )
          (local.set $22
           (local.get $33)
          )
          (block
           (block $exit70
            (local.set $23
             (i32.const 0)
            )
            (local.set $53
             (i32.const 32)
            )
            (br_if $exit70
             (i32.ge_s
              (local.get $23)
              (local.get $53)
             )
            )
            (loop $loop71
             (if
              (i32.ge_s
               (local.get $21)
               (local.get $22)
              )
              (then
               (local.set $23
                (i32.const 32)
               )
              )
              (else
               (local.set $26
                (i32.div_s
                 (i32.add
                  (local.get $21)
                  (local.get $22)
                 )
                 (i32.const 2)
                )
               )
               (if
                (i32.lt_s
                 (i32.load
                  (i32.add
                   (i32.load offset=12
                    (local.get $13)
                   )
                   (i32.shl
                    (local.get $26)
                    (i32.const 2)
                   )
                  )
                 )
                 (i32.add
                  (local.get $17)
                  (local.get $18)
                 )
                )
                (then
                 (local.set $21
                  (i32.add
                   (local.get $26)
                   (i32.const 1)
                  )
                 )
                )
                (else
                 (local.set $22
                  (local.get $26)
                 )
                )
               )
              )
             )
             (local.set $23
              (i32.add
               (local.get $23)
               (i32.const 1)
              )
             )
             (br_if $loop71
              (i32.lt_s
               (local.get $23)
               (local.get $53)
              )
             )
            )
           )
          )
          (local.set $20
           (local.get $21)
          )
          (local.set $39
           (i32.and
            (i32.eqz
             (local.get $7)
            )
            (i32.eq
             (i32.sub
              (i32.load
               (i32.add
                (i32.load offset=12
                 (local.get $13)
                )
                (i32.shl
                 (i32.sub
                  (local.get $20)
                  (i32.const 1)
                 )
                 (i32.const 2)
                )
               )
              )
              (i32.load
               (i32.add
                (i32.load offset=12
                 (local.get $13)
                )
                (i32.shl
                 (local.get $19)
                 (i32.const 2)
                )
               )
              )
             )
             (i32.sub
              (i32.sub
               (local.get $20)
               (local.get $19)
              )
              (i32.const 1)
             )
            )
           )
          )
          (if
           (i32.lt_s
            (local.get $19)
            (local.get $20)
           )
           (then
            (block $exit72
             (local.set $24
              (i32.const 0)
             )
             (local.set $54
              (i32.div_s
               (i32.add
                (local.get $16)
                (i32.const 7)
               )
               (i32.const 8)
              )
             )
             (br_if $exit72
              (i32.ge_s
               (local.get $24)
               (local.get $54)
              )
             )
             (loop $loop73
              (local.set $26
               (i32.add
                (local.get $15)
                (i32.mul
                 (local.get $24)
                 (i32.const 8)
                )
               )
              )
              (local.set $27
               (select
                (i32.const 8)
                (i32.sub
                 (i32.add
                  (local.get $15)
                  (local.get $16)
                 )
                 (local.get $26)
                )
                (i32.lt_s
                 (i32.const 8)
                 (i32.sub
                  (i32.add
                   (local.get $15)
                   (local.get $16)
                  )
                  (local.get $26)
                 )
                )
               )
              )
              (local.set $28
               (i32.eq
                (local.get $27)
                (i32.const 8)
               )
              )
              (if
               (local.get $7)
               (then
                (local.set $29
                 (i32.add
                  (i32.const 327680)
                  (i32.shl
                   (i32.load
                    (i32.add
                     (i32.const 76127360)
                     (i32.shl
                      (local.get $26)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.const 2)
                  )
                 )
                )
                (local.set $30
                 (i32.add
                  (i32.load offset=32
                   (local.get $13)
                  )
                  (i32.shl
                   (local.get $19)
                   (i32.const 2)
                  )
                 )
                )
                (local.set $31
                 (i32.const 0)
                )
               )
               (else
                (local.set $29
                 (i32.sub
                  (i32.add
                   (local.get $38)
                   (i32.mul
                    (local.get $24)
                    (i32.mul
                     (local.get $18)
                     (i32.const 32)
                    )
                   )
                  )
                  (i32.shl
                   (local.get $17)
                   (i32.const 5)
                  )
                 )
                )
                (local.set $30
                 (i32.add
                  (i32.load offset=12
                   (local.get $13)
                  )
                  (i32.shl
                   (local.get $19)
                   (i32.const 2)
                  )
                 )
                )
                (local.set $31
                 (i32.const 5)
                )
               )
              )
              (block $exit66
               (local.set $25
                (i32.const 0)
               )
               (local.set $51
                (i32.div_s
                 (i32.add
                  (local.get $32)
                  (i32.const 3)
                 )
                 (i32.const 4)
                )
               )
               (br_if $exit66
                (i32.ge_s
                 (local.get $25)
                 (local.get $51)
                )
               )
               (loop $loop67
                (if
                 (local.get $28)
                 (then
                  (i32.store
                   (local.get $40)
                   (select
                    (i32.add
                     (i32.const 67452928)
                     (i32.shl
                      (i32.add
                       (i32.add
                        (i32.load
                         (i32.add
                          (i32.const 76129472)
                          (i32.shl
                           (local.get $14)
                           (i32.const 2)
                          )
                         )
                        )
                        (i32.load
                         (i32.add
                          (i32.const 76129536)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (i32.load offset=4
                              (local.get $13)
                             )
                             (i32.shl
                              (i32.add
                               (i32.mul
                                (local.get $25)
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
                       (i32.load
                        (i32.add
                         (i32.const 76130048)
                         (i32.shl
                          (i32.add
                           (local.get $26)
                           (i32.const 0)
                          )
                          (i32.const 2)
                         )
                        )
                       )
                      )
                      (i32.const 2)
                     )
                    )
                    (local.get $42)
                    (i32.lt_s
                     (i32.add
                      (i32.mul
                       (local.get $25)
                       (i32.const 4)
                      )
                      (i32.const 0)
                     )
                     (local.get $32)
                    )
                   )
                  )
                  (i32.store offset=4
                   (local.get $40)
                   (select
                    (i32.add
                     (i32.const 67452928)
                     (i32.shl
                      (i32.add
                       (i32.add
                        (i32.load
                         (i32.add
                          (i32.const 76129472)
                          (i32.shl
                           (local.get $14)
                           (i32.const 2)
                          )
                         )
                        )
                        (i32.load
                         (i32.add
                          (i32.const 76129536)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (i32.load offset=4
                              (local.get $13)
                             )
                             (i32.shl
                              (i32.add
                               (i32.mul
                                (local.get $25)
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
                       (i32.load
                        (i32.add
                         (i32.const 76130048)
                         (i32.shl
                          (i32.add
                           (local.get $26)
                           (i32.const 0)
                          )
                          (i32.const 2)
                         )
                        )
                       )
                      )
                      (i32.const 2)
                     )
                    )
                    (local.get $42)
                    (i32.lt_s
                     (i32.add
                      (i32.mul
                       (local.get $25)
                       (i32.const 4)
                      )
                      (i32.const 1)
                     )
                     (local.get $32)
                    )
                   )
                  )
                  (i32.store offset=8
                   (local.get $40)
                   (select
                    (i32.add
                     (i32.const 67452928)
                     (i32.shl
                      (i32.add
                       (i32.add
                        (i32.load
                         (i32.add
                          (i32.const 76129472)
                          (i32.shl
                           (local.get $14)
                           (i32.const 2)
                          )
                         )
                        )
                        (i32.load
                         (i32.add
                          (i32.const 76129536)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (i32.load offset=4
                              (local.get $13)
                             )
                             (i32.shl
                              (i32.add
                               (i32.mul
                                (local.get $25)
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
                       (i32.load
                        (i32.add
                         (i32.const 76130048)
                         (i32.shl
                          (i32.add
                           (local.get $26)
                           (i32.const 0)
                          )
                          (i32.const 2)
                         )
                        )
                       )
                      )
                      (i32.const 2)
                     )
                    )
                    (local.get $42)
                    (i32.lt_s
                     (i32.add
                      (i32.mul
                       (local.get $25)
                       (i32.const 4)
                      )
                      (i32.const 2)
                     )
                     (local.get $32)
                    )
                   )
                  )
                  (i32.store offset=12
                   (local.get $40)
                   (select
                    (i32.add
                     (i32.const 67452928)
                     (i32.shl
                      (i32.add
                       (i32.add
                        (i32.load
                         (i32.add
                          (i32.const 76129472)
                          (i32.shl
                           (local.get $14)
                           (i32.const 2)
                          )
                         )
                        )
                        (i32.load
                         (i32.add
                          (i32.const 76129536)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (i32.load offset=4
                              (local.get $13)
                             )
                             (i32.shl
                              (i32.add
                               (i32.mul
                                (local.get $25)
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
                       (i32.load
                        (i32.add
                         (i32.const 76130048)
                         (i32.shl
                          (i32.add
                           (local.get $26)
                           (i32.const 0)
                          )
                          (i32.const 2)
                         )
                        )
                       )
                      )
                      (i32.const 2)
                     )
                    )
                    (local.get $42)
                    (i32.lt_s
                     (i32.add
                      (i32.mul
                       (local.get $25)
                       (i32.const 4)
                      )
                      (i32.const 3)
                     )
                     (local.get $32)
                    )
                   )
                  )
                  (if
                   (local.get $39)
                   (then
                    (call $microkernel_4x8
                     (i32.add
                      (local.get $34)
                      (i32.shl
                       (i32.add
                        (i32.mul
                         (local.get $25)
                         (local.get $33)
                        )
                        (local.get $19)
                       )
                       (i32.const 4)
                      )
                     )
                     (i32.add
                      (local.get $29)
                      (i32.shl
                       (i32.load
                        (local.get $30)
                       )
                       (i32.const 5)
                      )
                     )
                     (i32.sub
                      (local.get $20)
                      (local.get $19)
                     )
                     (local.get $40)
                    )
                   )
                   (else
                    (call $microkernel_4x8_gather
                     (i32.add
                      (local.get $34)
                      (i32.shl
                       (i32.add
                        (i32.mul
                         (local.get $25)
                         (local.get $33)
                        )
                        (local.get $19)
                       )
                       (i32.const 4)
                      )
                     )
                     (local.get $29)
                     (local.get $30)
                     (i32.sub
                      (local.get $20)
                      (local.get $19)
                     )
                     (local.get $40)
                     (local.get $31)
                    )
                   )
                  )
                 )
                 (else
                  (i32.store
                   (local.get $40)
                   (i32.add
                    (local.get $41)
                    (i32.const 0)
                   )
                  )
                  (local.set $37
                   (i32.lt_s
                    (i32.add
                     (i32.mul
                      (local.get $25)
                      (i32.const 4)
                     )
                     (i32.const 0)
                    )
                    (local.get $32)
                   )
                  )
                  (local.set $36
                   (select
                    (i32.add
                     (i32.load
                      (i32.add
                       (i32.const 76129472)
                       (i32.shl
                        (local.get $14)
                        (i32.const 2)
                       )
                      )
                     )
                     (i32.load
                      (i32.add
                       (i32.const 76129536)
                       (i32.shl
                        (i32.load
                         (i32.add
                          (i32.load offset=4
                           (local.get $13)
                          )
                          (i32.shl
                           (i32.add
                            (i32.mul
                             (local.get $25)
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
                    (local.get $37)
                   )
                  )
                  (block $exit50
                   (local.set $35
                    (i32.const 0)
                   )
                   (local.set $43
                    (i32.const 8)
                   )
                   (br_if $exit50
                    (i32.ge_s
                     (local.get $35)
                     (local.get $43)
                    )
                   )
                   (loop $loop51
                    (f32.store
                     (i32.add
                      (local.get $41)
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
                        (i32.const 67452928)
                        (i32.shl
                         (i32.add
                          (local.get $36)
                          (i32.load
                           (i32.add
                            (i32.const 76130048)
                            (i32.shl
                             (i32.add
                              (local.get $26)
                              (local.get $35)
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
                       (local.get $37)
                       (i32.lt_s
                        (local.get $35)
                        (local.get $27)
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
                      (local.get $43)
                     )
                    )
                   )
                  )
                  (i32.store offset=4
                   (local.get $40)
                   (i32.add
                    (local.get $41)
                    (i32.const 32)
                   )
                  )
                  (local.set $37
                   (i32.lt_s
                    (i32.add
                     (i32.mul
                      (local.get $25)
                      (i32.const 4)
                     )
                     (i32.const 1)
                    )
                    (local.get $32)
                   )
                  )
                  (local.set $36
                   (select
                    (i32.add
                     (i32.load
                      (i32.add
                       (i32.const 76129472)
                       (i32.shl
                        (local.get $14)
                        (i32.const 2)
                       )
                      )
                     )
                     (i32.load
                      (i32.add
                       (i32.const 76129536)
                       (i32.shl
                        (i32.load
                         (i32.add
                          (i32.load offset=4
                           (local.get $13)
                          )
                          (i32.shl
                           (i32.add
                            (i32.mul
                             (local.get $25)
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
                    (local.get $37)
                   )
                  )
                  (block $exit54
                   (local.set $35
                    (i32.const 0)
                   )
                   (local.set $45
                    (i32.const 8)
                   )
                   (br_if $exit54
                    (i32.ge_s
                     (local.get $35)
                     (local.get $45)
                    )
                   )
                   (loop $loop55
                    (f32.store
                     (i32.add
                      (local.get $41)
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
                        (i32.const 67452928)
                        (i32.shl
                         (i32.add
                          (local.get $36)
                          (i32.load
                           (i32.add
                            (i32.const 76130048)
                            (i32.shl
                             (i32.add
                              (local.get $26)
                              (local.get $35)
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
                       (local.get $37)
                       (i32.lt_s
                        (local.get $35)
                        (local.get $27)
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
                      (local.get $45)
                     )
                    )
                   )
                  )
                  (i32.store offset=8
                   (local.get $40)
                   (i32.add
                    (local.get $41)
                    (i32.const 64)
                   )
                  )
                  (local.set $37
                   (i32.lt_s
                    (i32.add
                     (i32.mul
                      (local.get $25)
                      (i32.const 4)
                     )
                     (i32.const 2)
                    )
                    (local.get $32)
                   )
                  )
                  (local.set $36
                   (select
                    (i32.add
                     (i32.load
                      (i32.add
                       (i32.const 76129472)
                       (i32.shl
                        (local.get $14)
                        (i32.const 2)
                       )
                      )
                     )
                     (i32.load
                      (i32.add
                       (i32.const 76129536)
                       (i32.shl
                        (i32.load
                         (i32.add
                          (i32.load offset=4
                           (local.get $13)
                          )
                          (i32.shl
                           (i32.add
                            (i32.mul
                             (local.get $25)
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
                    (local.get $37)
                   )
                  )
                  (block $exit58
                   (local.set $35
                    (i32.const 0)
                   )
                   (local.set $47
                    (i32.const 8)
                   )
                   (br_if $exit58
                    (i32.ge_s
                     (local.get $35)
                     (local.get $47)
                    )
                   )
                   (loop $loop59
                    (f32.store
                     (i32.add
                      (local.get $41)
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
                        (i32.const 67452928)
                        (i32.shl
                         (i32.add
                          (local.get $36)
                          (i32.load
                           (i32.add
                            (i32.const 76130048)
                            (i32.shl
                             (i32.add
                              (local.get $26)
                              (local.get $35)
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
                       (local.get $37)
                       (i32.lt_s
                        (local.get $35)
                        (local.get $27)
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
                      (local.get $47)
                     )
                    )
                   )
                  )
                  (i32.store offset=12
                   (local.get $40)
                   (i32.add
                    (local.get $41)
                    (i32.const 96)
                   )
                  )
                  (local.set $37
                   (i32.lt_s
                    (i32.add
                     (i32.mul
                      (local.get $25)
                      (i32.const 4)
                     )
                     (i32.const 3)
                    )
                    (local.get $32)
                   )
                  )
                  (local.set $36
                   (select
                    (i32.add
                     (i32.load
                      (i32.add
                       (i32.const 76129472)
                       (i32.shl
                        (local.get $14)
                        (i32.const 2)
                       )
                      )
                     )
                     (i32.load
                      (i32.add
                       (i32.const 76129536)
                       (i32.shl
                        (i32.load
                         (i32.add
                          (i32.load offset=4
                           (local.get $13)
                          )
                          (i32.shl
                           (i32.add
                            (i32.mul
                             (local.get $25)
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
                    (local.get $37)
                   )
                  )
                  (block $exit62
                   (local.set $35
                    (i32.const 0)
                   )
                   (local.set $49
                    (i32.const 8)
                   )
                   (br_if $exit62
                    (i32.ge_s
                     (local.get $35)
                     (local.get $49)
                    )
                   )
                   (loop $loop63
                    (f32.store
                     (i32.add
                      (local.get $41)
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
                        (i32.const 67452928)
                        (i32.shl
                         (i32.add
                          (local.get $36)
                          (i32.load
                           (i32.add
                            (i32.const 76130048)
                            (i32.shl
                             (i32.add
                              (local.get $26)
                              (local.get $35)
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
                       (local.get $37)
                       (i32.lt_s
                        (local.get $35)
                        (local.get $27)
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
                      (local.get $49)
                     )
                    )
                   )
                  )
                  (if
                   (local.get $39)
                   (then
                    (call $microkernel_4x8
                     (i32.add
                      (local.get $34)
                      (i32.shl
                       (i32.add
                        (i32.mul
                         (local.get $25)
                         (local.get $33)
                        )
                        (local.get $19)
                       )
                       (i32.const 4)
                      )
                     )
                     (i32.add
                      (local.get $29)
                      (i32.shl
                       (i32.load
                        (local.get $30)
                       )
                       (i32.const 5)
                      )
                     )
                     (i32.sub
                      (local.get $20)
                      (local.get $19)
                     )
                     (local.get $40)
                    )
                   )
                   (else
                    (call $microkernel_4x8_gather
                     (i32.add
                      (local.get $34)
                      (i32.shl
                       (i32.add
                        (i32.mul
                         (local.get $25)
                         (local.get $33)
                        )
                        (local.get $19)
                       )
                       (i32.const 4)
                      )
                     )
                     (local.get $29)
                     (local.get $30)
                     (i32.sub
                      (local.get $20)
                      (local.get $19)
                     )
                     (local.get $40)
                     (local.get $31)
                    )
                   )
                  )
                  (local.set $37
                   (i32.lt_s
                    (i32.add
                     (i32.mul
                      (local.get $25)
                      (i32.const 4)
                     )
                     (i32.const 0)
                    )
                    (local.get $32)
                   )
                  )
                  (local.set $36
                   (select
                    (i32.add
                     (i32.load
                      (i32.add
                       (i32.const 76129472)
                       (i32.shl
                        (local.get $14)
                        (i32.const 2)
                       )
                      )
                     )
                     (i32.load
                      (i32.add
                       (i32.const 76129536)
                       (i32.shl
                        (i32.load
                         (i32.add
                          (i32.load offset=4
                           (local.get $13)
                          )
                          (i32.shl
                           (i32.add
                            (i32.mul
                             (local.get $25)
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
                    (local.get $37)
                   )
                  )
                  (block $exit52
                   (local.set $35
                    (i32.const 0)
                   )
                   (local.set $44
                    (local.get $27)
                   )
                   (br_if $exit52
                    (i32.ge_s
                     (local.get $35)
                     (local.get $44)
                    )
                   )
                   (loop $loop53
                    (if
                     (local.get $37)
                     (then
                      (f32.store
                       (i32.add
                        (i32.const 67452928)
                        (i32.shl
                         (i32.add
                          (local.get $36)
                          (i32.load
                           (i32.add
                            (i32.const 76130048)
                            (i32.shl
                             (i32.add
                              (local.get $26)
                              (local.get $35)
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
                         (local.get $41)
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
                    (br_if $loop53
                     (i32.lt_s
                      (local.get $35)
                      (local.get $44)
                     )
                    )
                   )
                  )
                  (local.set $37
                   (i32.lt_s
                    (i32.add
                     (i32.mul
                      (local.get $25)
                      (i32.const 4)
                     )
                     (i32.const 1)
                    )
                    (local.get $32)
                   )
                  )
                  (local.set $36
                   (select
                    (i32.add
                     (i32.load
                      (i32.add
                       (i32.const 76129472)
                       (i32.shl
                        (local.get $14)
                        (i32.const 2)
                       )
                      )
                     )
                     (i32.load
                      (i32.add
                       (i32.const 76129536)
                       (i32.shl
                        (i32.load
                         (i32.add
                          (i32.load offset=4
                           (local.get $13)
                          )
                          (i32.shl
                           (i32.add
                            (i32.mul
                             (local.get $25)
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
                    (local.get $37)
                   )
                  )
                  (block $exit56
                   (local.set $35
                    (i32.const 0)
                   )
                   (local.set $46
                    (local.get $27)
                   )
                   (br_if $exit56
                    (i32.ge_s
                     (local.get $35)
                     (local.get $46)
                    )
                   )
                   (loop $loop57
                    (if
                     (local.get $37)
                     (then
                      (f32.store
                       (i32.add
                        (i32.const 67452928)
                        (i32.shl
                         (i32.add
                          (local.get $36)
                          (i32.load
                           (i32.add
                            (i32.const 76130048)
                            (i32.shl
                             (i32.add
                              (local.get $26)
                              (local.get $35)
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
                         (local.get $41)
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
                    (br_if $loop57
                     (i32.lt_s
                      (local.get $35)
                      (local.get $46)
                     )
                    )
                   )
                  )
                  (local.set $37
                   (i32.lt_s
                    (i32.add
                     (i32.mul
                      (local.get $25)
                      (i32.const 4)
                     )
                     (i32.const 2)
                    )
                    (local.get $32)
                   )
                  )
                  (local.set $36
                   (select
                    (i32.add
                     (i32.load
                      (i32.add
                       (i32.const 76129472)
                       (i32.shl
                        (local.get $14)
                        (i32.const 2)
                       )
                      )
                     )
                     (i32.load
                      (i32.add
                       (i32.const 76129536)
                       (i32.shl
                        (i32.load
                         (i32.add
                          (i32.load offset=4
                           (local.get $13)
                          )
                          (i32.shl
                           (i32.add
                            (i32.mul
                             (local.get $25)
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
                    (local.get $37)
                   )
                  )
                  (block $exit60
                   (local.set $35
                    (i32.const 0)
                   )
                   (local.set $48
                    (local.get $27)
                   )
                   (br_if $exit60
                    (i32.ge_s
                     (local.get $35)
                     (local.get $48)
                    )
                   )
                   (loop $loop61
                    (if
                     (local.get $37)
                     (then
                      (f32.store
                       (i32.add
                        (i32.const 67452928)
                        (i32.shl
                         (i32.add
                          (local.get $36)
                          (i32.load
                           (i32.add
                            (i32.const 76130048)
                            (i32.shl
                             (i32.add
                              (local.get $26)
                              (local.get $35)
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
                         (local.get $41)
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
                    (br_if $loop61
                     (i32.lt_s
                      (local.get $35)
                      (local.get $48)
                     )
                    )
                   )
                  )
                  (local.set $37
                   (i32.lt_s
                    (i32.add
                     (i32.mul
                      (local.get $25)
                      (i32.const 4)
                     )
                     (i32.const 3)
                    )
                    (local.get $32)
                   )
                  )
                  (local.set $36
                   (select
                    (i32.add
                     (i32.load
                      (i32.add
                       (i32.const 76129472)
                       (i32.shl
                        (local.get $14)
                        (i32.const 2)
                       )
                      )
                     )
                     (i32.load
                      (i32.add
                       (i32.const 76129536)
                       (i32.shl
                        (i32.load
                         (i32.add
                          (i32.load offset=4
                           (local.get $13)
                          )
                          (i32.shl
                           (i32.add
                            (i32.mul
                             (local.get $25)
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
                    (local.get $37)
                   )
                  )
                  (block $exit64
                   (local.set $35
                    (i32.const 0)
                   )
                   (local.set $50
                    (local.get $27)
                   )
                   (br_if $exit64
                    (i32.ge_s
                     (local.get $35)
                     (local.get $50)
                    )
                   )
                   (loop $loop65
                    (if
                     (local.get $37)
                     (then
                      (f32.store
                       (i32.add
                        (i32.const 67452928)
                        (i32.shl
                         (i32.add
                          (local.get $36)
                          (i32.load
                           (i32.add
                            (i32.const 76130048)
                            (i32.shl
                             (i32.add
                              (local.get $26)
                              (local.get $35)
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
                         (local.get $41)
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
                    (br_if $loop65
                     (i32.lt_s
                      (local.get $35)
                      (local.get $50)
                     )
                    )
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
                (br_if $loop67
                 (i32.lt_s
                  (local.get $25)
                  (local.get $51)
                 )
                )
               )
              )
              (local.set $24
               (i32.add
                (local.get $24)
                (i32.const 1)
               )
              )
              (br_if $loop73
               (i32.lt_s
                (local.get $24)
                (local.get $54)
               )
              )
             )
            )
           )
          )
          (local.set $12
           (i32.add
            (local.get $12)
            (i32.const 1)
           )
          )
          (br_if $loop75
           (i32.lt_s
            (local.get $12)
            (local.get $55)
           )
          )
         )
        )
        (local.set $17
         (i32.add
          (local.get $17)
          (local.get $57)
         )
        )
        (br_if $loop77
         (i32.lt_s
          (local.get $17)
          (local.get $56)
         )
        )
       )
      )
      (local.set $15
       (i32.add
        (local.get $15)
        (local.get $60)
       )
      )
      (br_if $loop81
       (i32.lt_s
        (local.get $15)
        (local.get $59)
       )
      )
     )
    )
    (local.set $10
     (i32.sub
      (local.get $11)
      (i32.const 1)
     )
    )
    (local.set $10
     (i32.add
      (local.get $10)
      (i32.const 1)
     )
    )
    (br_if $loop83
     (i32.lt_s
      (local.get $10)
      (local.get $61)
     )
    )
   )
  )
 )
 (func $op1
  (local $0 i32)
  (local $1 i32)
  (local $2 f64)
  (local $3 i32)
  (local $4 i32)
  (block
   (block $exit86
    (local.set $0
     (i32.const 0)
    )
    (local.set $4
     (i32.const 128)
    )
    (br_if $exit86
     (i32.ge_s
      (local.get $0)
      (local.get $4)
     )
    )
    (loop $loop87
     (local.set $2
      (f64.const -inf)
     )
     (block
      (block $exit84
       (local.set $1
        (i32.const 0)
       )
       (local.set $3
        (i32.const 8)
       )
       (br_if $exit84
        (i32.ge_s
         (local.get $1)
         (local.get $3)
        )
       )
       (loop $loop85
        (local.set $2
         (f64.max
          (local.get $2)
          (f64.promote_f32
           (f32.load
            (i32.add
             (i32.add
              (i32.const 67452928)
              (i32.mul
               (local.get $0)
               (i32.const 32)
              )
             )
             (i32.mul
              (local.get $1)
              (i32.const 4)
             )
            )
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
        (br_if $loop85
         (i32.lt_s
          (local.get $1)
          (local.get $3)
         )
        )
       )
      )
     )
     (f32.store
      (i32.add
       (i32.const 67457024)
       (i32.mul
        (local.get $0)
        (i32.const 4)
       )
      )
      (f32.demote_f64
       (local.get $2)
      )
     )
     (local.set $0
      (i32.add
       (local.get $0)
       (i32.const 1)
      )
     )
     (br_if $loop87
      (i32.lt_s
       (local.get $0)
       (local.get $4)
      )
     )
    )
   )
  )
 )
 (func $op2
  (local $0 i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (block
   (block $exit90
    (local.set $0
     (i32.const 0)
    )
    (local.set $3
     (i32.const 128)
    )
    (br_if $exit90
     (i32.ge_s
      (local.get $0)
      (local.get $3)
     )
    )
    (loop $loop91
     (block $exit88
      (local.set $1
       (i32.const 0)
      )
      (local.set $2
       (i32.const 8)
      )
      (br_if $exit88
       (i32.ge_s
        (local.get $1)
        (local.get $2)
       )
      )
      (loop $loop89
       (f32.store
        (i32.add
         (i32.add
          (i32.const 67457536)
          (i32.mul
           (local.get $0)
           (i32.const 32)
          )
         )
         (i32.mul
          (local.get $1)
          (i32.const 4)
         )
        )
        (f32.demote_f64
         (call $exp
          (f64.sub
           (f64.promote_f32
            (f32.load
             (i32.add
              (i32.add
               (i32.const 67452928)
               (i32.mul
                (local.get $0)
                (i32.const 32)
               )
              )
              (i32.mul
               (local.get $1)
               (i32.const 4)
              )
             )
            )
           )
           (f64.promote_f32
            (f32.load
             (i32.add
              (i32.const 67457024)
              (i32.mul
               (local.get $0)
               (i32.const 4)
              )
             )
            )
           )
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
       (br_if $loop89
        (i32.lt_s
         (local.get $1)
         (local.get $2)
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
     (br_if $loop91
      (i32.lt_s
       (local.get $0)
       (local.get $3)
      )
     )
    )
   )
  )
 )
 (func $op3
  (local $0 i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (block $exit92
   (local.set $3
    (i32.const 0)
   )
   (local.set $4
    (i32.const 128)
   )
   (br_if $exit92
    (i32.ge_s
     (local.get $3)
     (local.get $4)
    )
   )
   (loop $loop93
    (f64.store
     (i32.add
      (i32.const 76130112)
      (i32.mul
       (local.get $3)
       (i32.const 8)
      )
     )
     (f64.const 0)
    )
    (local.set $3
     (i32.add
      (local.get $3)
      (i32.const 1)
     )
    )
    (br_if $loop93
     (i32.lt_s
      (local.get $3)
      (local.get $4)
     )
    )
   )
  )
  (block
   (block $exit96
    (local.set $2
     (i32.const 0)
    )
    (local.set $6
     (i32.const 8)
    )
    (br_if $exit96
     (i32.ge_s
      (local.get $2)
      (local.get $6)
     )
    )
    (loop $loop97
     (block $exit94
      (local.set $0
       (i32.const 0)
      )
      (local.set $5
       (i32.const 128)
      )
      (br_if $exit94
       (i32.ge_s
        (local.get $0)
        (local.get $5)
       )
      )
      (loop $loop95
       (f64.store
        (i32.add
         (i32.const 76130112)
         (i32.mul
          (local.get $0)
          (i32.const 8)
         )
        )
        (f64.add
         (f64.load
          (i32.add
           (i32.const 76130112)
           (i32.mul
            (local.get $0)
            (i32.const 8)
           )
          )
         )
         (f64.promote_f32
          (f32.load
           (i32.add
            (i32.add
             (i32.const 67457536)
             (i32.mul
              (local.get $0)
              (i32.const 32)
             )
            )
            (i32.mul
             (local.get $2)
             (i32.const 4)
            )
           )
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
       (br_if $loop95
        (i32.lt_s
         (local.get $0)
         (local.get $5)
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
     (br_if $loop97
      (i32.lt_s
       (local.get $2)
       (local.get $6)
      )
     )
    )
   )
  )
  (block
   (block $exit100
    (local.set $0
     (i32.const 0)
    )
    (local.set $8
     (i32.const 128)
    )
    (br_if $exit100
     (i32.ge_s
      (local.get $0)
      (local.get $8)
     )
    )
    (loop $loop101
     (block $exit98
      (local.set $1
       (i32.const 0)
      )
      (local.set $7
       (i32.const 8)
      )
      (br_if $exit98
       (i32.ge_s
        (local.get $1)
        (local.get $7)
       )
      )
      (loop $loop99
       (f32.store
        (i32.add
         (i32.add
          (i32.const 67461632)
          (i32.mul
           (local.get $0)
           (i32.const 32)
          )
         )
         (i32.mul
          (local.get $1)
          (i32.const 4)
         )
        )
        (f32.demote_f64
         (f64.div
          (f64.promote_f32
           (f32.load
            (i32.add
             (i32.add
              (i32.const 67457536)
              (i32.mul
               (local.get $0)
               (i32.const 32)
              )
             )
             (i32.mul
              (local.get $1)
              (i32.const 4)
             )
            )
           )
          )
          (f64.load
           (i32.add
            (i32.const 76130112)
            (i32.mul
             (local.get $0)
             (i32.const 8)
            )
           )
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
       (br_if $loop99
        (i32.lt_s
         (local.get $1)
         (local.get $7)
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
     (br_if $loop101
      (i32.lt_s
       (local.get $0)
       (local.get $8)
      )
     )
    )
   )
  )
 )
 (func $op4
  (local $0 i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (block $exit102
   (local.set $3
    (i32.const 0)
   )
   (local.set $4
    (i32.const 1024)
   )
   (br_if $exit102
    (i32.ge_s
     (local.get $3)
     (local.get $4)
    )
   )
   (loop $loop103
    (f64.store
     (i32.add
      (i32.const 76131136)
      (i32.mul
       (local.get $3)
       (i32.const 8)
      )
     )
     (f64.const 0)
    )
    (local.set $3
     (i32.add
      (local.get $3)
      (i32.const 1)
     )
    )
    (br_if $loop103
     (i32.lt_s
      (local.get $3)
      (local.get $4)
     )
    )
   )
  )
  (block
   (block $exit108
    (local.set $0
     (i32.const 0)
    )
    (local.set $7
     (i32.const 128)
    )
    (br_if $exit108
     (i32.ge_s
      (local.get $0)
      (local.get $7)
     )
    )
    (loop $loop109
     (block $exit106
      (local.set $2
       (i32.const 0)
      )
      (local.set $6
       (i32.const 8)
      )
      (br_if $exit106
       (i32.ge_s
        (local.get $2)
        (local.get $6)
       )
      )
      (loop $loop107
       (block $exit104
        (local.set $1
         (i32.const 0)
        )
        (local.set $5
         (i32.const 8)
        )
        (br_if $exit104
         (i32.ge_s
          (local.get $1)
          (local.get $5)
         )
        )
        (loop $loop105
         (f64.store
          (i32.add
           (i32.add
            (i32.const 76131136)
            (i32.mul
             (local.get $0)
             (i32.const 64)
            )
           )
           (i32.mul
            (local.get $1)
            (i32.const 8)
           )
          )
          (f64.add
           (f64.load
            (i32.add
             (i32.add
              (i32.const 76131136)
              (i32.mul
               (local.get $0)
               (i32.const 64)
              )
             )
             (i32.mul
              (local.get $1)
              (i32.const 8)
             )
            )
           )
           (f64.max
            (f64.max
             (f64.min
              (f64.convert_i32_s
               (f64.ne
                (f64.promote_f32
                 (f32.load
                  (i32.add
                   (i32.add
                    (i32.const 67461632)
                    (i32.mul
                     (local.get $0)
                     (i32.const 32)
                    )
                   )
                   (i32.mul
                    (local.get $2)
                    (i32.const 4)
                   )
                  )
                 )
                )
                (f64.promote_f32
                 (f32.load
                  (i32.add
                   (i32.add
                    (i32.const 67461632)
                    (i32.mul
                     (local.get $0)
                     (i32.const 32)
                    )
                   )
                   (i32.mul
                    (local.get $2)
                    (i32.const 4)
                   )
                  )
                 )
                )
               )
              )
              (f64.convert_i32_s
               (f64.eq
                (f64.promote_f32
                 (f32.load
                  (i32.add
                   (i32.add
                    (i32.const 67461632)
                    (i32.mul
                     (local.get $0)
                     (i32.const 32)
                    )
                   )
                   (i32.mul
                    (local.get $1)
                    (i32.const 4)
                   )
                  )
                 )
                )
                (f64.promote_f32
                 (f32.load
                  (i32.add
                   (i32.add
                    (i32.const 67461632)
                    (i32.mul
                     (local.get $0)
                     (i32.const 32)
                    )
                   )
                   (i32.mul
                    (local.get $1)
                    (i32.const 4)
                   )
                  )
                 )
                )
               )
              )
             )
             (f64.convert_i32_s
              (f64.gt
               (f64.promote_f32
                (f32.load
                 (i32.add
                  (i32.add
                   (i32.const 67461632)
                   (i32.mul
                    (local.get $0)
                    (i32.const 32)
                   )
                  )
                  (i32.mul
                   (local.get $2)
                   (i32.const 4)
                  )
                 )
                )
               )
               (f64.promote_f32
                (f32.load
                 (i32.add
                  (i32.add
                   (i32.const 67461632)
                   (i32.mul
                    (local.get $0)
                    (i32.const 32)
                   )
                  )
                  (i32.mul
                   (local.get $1)
                   (i32.const 4)
                  )
                 )
                )
               )
              )
             )
            )
            (f64.min
             (f64.max
              (f64.convert_i32_s
               (f64.eq
                (f64.promote_f32
                 (f32.load
                  (i32.add
                   (i32.add
                    (i32.const 67461632)
                    (i32.mul
                     (local.get $0)
                     (i32.const 32)
                    )
                   )
                   (i32.mul
                    (local.get $2)
                    (i32.const 4)
                   )
                  )
                 )
                )
                (f64.promote_f32
                 (f32.load
                  (i32.add
                   (i32.add
                    (i32.const 67461632)
                    (i32.mul
                     (local.get $0)
                     (i32.const 32)
                    )
                   )
                   (i32.mul
                    (local.get $1)
                    (i32.const 4)
                   )
                  )
                 )
                )
               )
              )
              (f64.min
               (f64.convert_i32_s
                (f64.ne
                 (f64.promote_f32
                  (f32.load
                   (i32.add
                    (i32.add
                     (i32.const 67461632)
                     (i32.mul
                      (local.get $0)
                      (i32.const 32)
                     )
                    )
                    (i32.mul
                     (local.get $2)
                     (i32.const 4)
                    )
                   )
                  )
                 )
                 (f64.promote_f32
                  (f32.load
                   (i32.add
                    (i32.add
                     (i32.const 67461632)
                     (i32.mul
                      (local.get $0)
                      (i32.const 32)
                     )
                    )
                    (i32.mul
                     (local.get $2)
                     (i32.const 4)
                    )
                   )
                  )
                 )
                )
               )
               (f64.convert_i32_s
                (f64.ne
                 (f64.promote_f32
                  (f32.load
                   (i32.add
                    (i32.add
                     (i32.const 67461632)
                     (i32.mul
                      (local.get $0)
                      (i32.const 32)
                     )
                    )
                    (i32.mul
                     (local.get $1)
                     (i32.const 4)
                    )
                   )
                  )
                 )
                 (f64.promote_f32
                  (f32.load
                   (i32.add
                    (i32.add
                     (i32.const 67461632)
                     (i32.mul
                      (local.get $0)
                      (i32.const 32)
                     )
                    )
                    (i32.mul
                     (local.get $1)
                     (i32.const 4)
                    )
                   )
                  )
                 )
                )
               )
              )
             )
             (f64.convert_i32_s
              (f64.lt
               (f64.convert_i32_s
                (local.get $2)
               )
               (f64.convert_i32_s
                (local.get $1)
               )
              )
             )
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
         (br_if $loop105
          (i32.lt_s
           (local.get $1)
           (local.get $5)
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
       (br_if $loop107
        (i32.lt_s
         (local.get $2)
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
     (br_if $loop109
      (i32.lt_s
       (local.get $0)
       (local.get $7)
      )
     )
    )
   )
  )
  (block
   (block $exit112
    (local.set $0
     (i32.const 0)
    )
    (local.set $9
     (i32.const 128)
    )
    (br_if $exit112
     (i32.ge_s
      (local.get $0)
      (local.get $9)
     )
    )
    (loop $loop113
     (block $exit110
      (local.set $1
       (i32.const 0)
      )
      (local.set $8
       (i32.const 8)
      )
      (br_if $exit110
       (i32.ge_s
        (local.get $1)
        (local.get $8)
       )
      )
      (loop $loop111
       (f32.store
        (i32.add
         (i32.add
          (i32.const 67465728)
          (i32.mul
           (local.get $0)
           (i32.const 32)
          )
         )
         (i32.mul
          (local.get $1)
          (i32.const 4)
         )
        )
        (f32.demote_f64
         (select
          (f64.promote_f32
           (f32.load
            (i32.add
             (i32.add
              (i32.const 67461632)
              (i32.mul
               (local.get $0)
               (i32.const 32)
              )
             )
             (i32.mul
              (local.get $1)
              (i32.const 4)
             )
            )
           )
          )
          (f64.const 0)
          (f64.ne
           (f64.convert_i32_s
            (f64.lt
             (f64.load
              (i32.add
               (i32.add
                (i32.const 76131136)
                (i32.mul
                 (local.get $0)
                 (i32.const 64)
                )
               )
               (i32.mul
                (local.get $1)
                (i32.const 8)
               )
              )
             )
             (f64.const 2)
            )
           )
           (f64.const 0)
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
       (br_if $loop111
        (i32.lt_s
         (local.get $1)
         (local.get $8)
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
     (br_if $loop113
      (i32.lt_s
       (local.get $0)
       (local.get $9)
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
   (i32.const 76139328)
   (i32.const 0)
   (i32.const 4096)
  )
  (block $exit116
   (local.set $0
    (i32.const 0)
   )
   (local.set $7
    (i32.const 128)
   )
   (br_if $exit116
    (i32.ge_s
     (local.get $0)
     (local.get $7)
    )
   )
   (loop $loop117
    (local.set $2
     (i32.add
      (i32.const 67465728)
      (i32.mul
       (local.get $0)
       (i32.const 32)
      )
     )
    )
    (local.set $3
     (i32.add
      (i32.const 76139328)
      (i32.mul
       (i32.div_s
        (local.get $0)
        (i32.const 1)
       )
       (i32.const 32)
      )
     )
    )
    (block $exit114
     (local.set $1
      (i32.const 0)
     )
     (local.set $6
      (i32.const 8)
     )
     (br_if $exit114
      (i32.ge_s
       (local.get $1)
       (local.get $6)
      )
     )
     (loop $loop115
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
      (br_if $loop115
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
    (br_if $loop117
     (i32.lt_s
      (local.get $0)
      (local.get $7)
     )
    )
   )
  )
  (local.set $8
   (i32.const 0)
  )
  (i32.store
   (i32.const 76143424)
   (i32.const 0)
  )
  (block $exit120
   (local.set $9
    (i32.const 0)
   )
   (local.set $12
    (i32.const 8)
   )
   (br_if $exit120
    (i32.ge_s
     (local.get $9)
     (local.get $12)
    )
   )
   (loop $loop121
    (block $exit118
     (local.set $10
      (i32.const 0)
     )
     (local.set $11
      (i32.const 128)
     )
     (br_if $exit118
      (i32.ge_s
       (local.get $10)
       (local.get $11)
      )
     )
     (loop $loop119
      (i32.store
       (i32.add
        (i32.const 76143488)
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
           (i32.const 76139328)
           (i32.shl
            (i32.add
             (i32.mul
              (local.get $10)
              (i32.const 8)
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
      (local.set $10
       (i32.add
        (local.get $10)
        (i32.const 1)
       )
      )
      (br_if $loop119
       (i32.lt_s
        (local.get $10)
        (local.get $11)
       )
      )
     )
    )
    (i32.store
     (i32.add
      (i32.const 76143424)
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
    (local.set $9
     (i32.add
      (local.get $9)
      (i32.const 1)
     )
    )
    (br_if $loop121
     (i32.lt_s
      (local.get $9)
      (local.get $12)
     )
    )
   )
  )
 )
 (func $op5
  (local $0 i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (block
   (block $exit124
    (local.set $0
     (i32.const 0)
    )
    (local.set $3
     (i32.const 128)
    )
    (br_if $exit124
     (i32.ge_s
      (local.get $0)
      (local.get $3)
     )
    )
    (loop $loop125
     (block $exit122
      (local.set $1
       (i32.const 0)
      )
      (local.set $2
       (i32.const 8)
      )
      (br_if $exit122
       (i32.ge_s
        (local.get $1)
        (local.get $2)
       )
      )
      (loop $loop123
       (f32.store
        (i32.add
         (i32.add
          (i32.const 67469824)
          (i32.mul
           (local.get $0)
           (i32.const 32)
          )
         )
         (i32.mul
          (local.get $1)
          (i32.const 4)
         )
        )
        (f32.demote_f64
         (select
          (f64.const 1)
          (f64.const 0)
          (f64.ne
           (f64.convert_i32_s
            (f64.ne
             (f64.promote_f32
              (f32.load
               (i32.add
                (i32.add
                 (i32.const 67465728)
                 (i32.mul
                  (local.get $0)
                  (i32.const 32)
                 )
                )
                (i32.mul
                 (local.get $1)
                 (i32.const 4)
                )
               )
              )
             )
             (f64.const 0)
            )
           )
           (f64.const 0)
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
       (br_if $loop123
        (i32.lt_s
         (local.get $1)
         (local.get $2)
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
     (br_if $loop125
      (i32.lt_s
       (local.get $0)
       (local.get $3)
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
  (local.set $9
   (local.get $0)
  )
  (block $exit128
   (local.set $6
    (i32.const 0)
   )
   (local.set $19
    (i32.div_s
     (i32.add
      (local.get $2)
      (i32.const 3)
     )
     (i32.const 4)
    )
   )
   (br_if $exit128
    (i32.ge_s
     (local.get $6)
     (local.get $19)
    )
   )
   (loop $loop129
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
         (i32.const 84536192)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 84536256)
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
         (i32.const 84536192)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 84536256)
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
         (i32.const 84536192)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 84536256)
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
         (i32.const 84536192)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 84536256)
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
    (block $exit126
     (local.set $7
      (i32.const 0)
     )
     (local.set $18
      (local.get $4)
     )
     (br_if $exit126
      (i32.ge_s
       (local.get $7)
       (local.get $18)
      )
     )
     (loop $loop127
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
              (i32.const 84536768)
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
              (i32.const 84536768)
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
              (i32.const 84536768)
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
              (i32.const 84536768)
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
      (br_if $loop127
       (i32.lt_s
        (local.get $7)
        (local.get $18)
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
    (br_if $loop129
     (i32.lt_s
      (local.get $6)
      (local.get $19)
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
          (i32.const 84538816)
          (i32.shl
           (local.get $5)
           (i32.const 2)
          )
         )
        )
        (i32.load
         (i32.add
          (i32.const 84538880)
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
    (block $exit136
     (local.set $7
      (i32.const 0)
     )
     (local.set $35
      (local.get $2)
     )
     (br_if $exit136
      (i32.ge_s
       (local.get $7)
       (local.get $35)
      )
     )
     (loop $loop137
      (local.set $31
       (i32.add
        (local.get $30)
        (i32.shl
         (i32.load
          (i32.add
           (i32.const 84547072)
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
      (block $exit134
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
       (br_if $exit134
        (i32.ge_s
         (local.get $6)
         (local.get $34)
        )
       )
       (loop $loop135
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
        (br_if $loop135
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
      (br_if $loop137
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
    (block $exit132
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
     (br_if $exit132
      (i32.ge_s
       (local.get $6)
       (local.get $29)
      )
     )
     (loop $loop133
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
           (i32.const 84538816)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 84538880)
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
           (i32.const 84538816)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 84538880)
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
           (i32.const 84538816)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 84538880)
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
           (i32.const 84538816)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 84538880)
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
           (i32.const 84538816)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 84538880)
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
           (i32.const 84538816)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 84538880)
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
           (i32.const 84538816)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 84538880)
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
           (i32.const 84538816)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 84538880)
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
      (block $exit130
       (local.set $7
        (i32.const 0)
       )
       (local.set $28
        (local.get $2)
       )
       (br_if $exit130
        (i32.ge_s
         (local.get $7)
         (local.get $28)
        )
       )
       (loop $loop131
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
                (i32.const 84547072)
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
                  (i32.const 84547072)
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
                  (i32.const 84547072)
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
                  (i32.const 84547072)
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
                  (i32.const 84547072)
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
                  (i32.const 84547072)
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
                  (i32.const 84547072)
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
                  (i32.const 84547072)
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
                  (i32.const 84547072)
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
        (br_if $loop131
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
      (br_if $loop133
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
 (func $op6 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
  (local $5 i32)
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
  (local.set $30
   (local.get $4)
  )
  (local.set $31
   (i32.add
    (local.get $4)
    (i32.const 65536)
   )
  )
  (local.set $32
   (i32.add
    (local.get $31)
    (i32.const 524288)
   )
  )
  (local.set $33
   (i32.add
    (local.get $32)
    (i32.const 16)
   )
  )
  (local.set $34
   (i32.add
    (local.get $33)
    (i32.const 128)
   )
  )
  (block $exit168
   (local.set $5
    (i32.const 0)
   )
   (local.set $50
    (local.get $1)
   )
   (br_if $exit168
    (i32.ge_s
     (local.get $5)
     (local.get $50)
    )
   )
   (loop $loop169
    (local.set $6
     (i32.add
      (local.get $0)
      (i32.mul
       (local.get $5)
       (i32.const 40)
      )
     )
    )
    (local.set $7
     (i32.load
      (local.get $6)
     )
    )
    (local.set $8
     (i32.load offset=4
      (local.get $6)
     )
    )
    (local.set $9
     (i32.load offset=8
      (local.get $6)
     )
    )
    (local.set $10
     (i32.load offset=12
      (local.get $6)
     )
    )
    (local.set $11
     (i32.load offset=16
      (local.get $6)
     )
    )
    (local.set $12
     (i32.load offset=20
      (local.get $6)
     )
    )
    (local.set $13
     (i32.load offset=24
      (local.get $6)
     )
    )
    (local.set $14
     (i32.const 0)
    )
    (block $exit162
     (local.set $28
      (i32.const 0)
     )
     (local.set $47
      (local.get $13)
     )
     (br_if $exit162
      (i32.ge_s
       (local.get $28)
       (local.get $47)
      )
     )
     (loop $loop163
      (if
       (i32.lt_s
        (i32.load
         (i32.add
          (local.get $12)
          (i32.shl
           (local.get $28)
           (i32.const 2)
          )
         )
        )
        (local.get $2)
       )
       (then
        (local.set $14
         (i32.add
          (local.get $28)
          (i32.const 1)
         )
        )
       )
      )
      (local.set $28
       (i32.add
        (local.get $28)
        (i32.const 1)
       )
      )
      (br_if $loop163
       (i32.lt_s
        (local.get $28)
        (local.get $47)
       )
      )
     )
    )
    (local.set $15
     (local.get $14)
    )
    (block $exit164
     (local.set $28
      (local.get $14)
     )
     (local.set $48
      (local.get $13)
     )
     (br_if $exit164
      (i32.ge_s
       (local.get $28)
       (local.get $48)
      )
     )
     (loop $loop165
      (if
       (i32.lt_s
        (i32.load
         (i32.add
          (local.get $12)
          (i32.shl
           (local.get $28)
           (i32.const 2)
          )
         )
        )
        (local.get $3)
       )
       (then
        (local.set $15
         (i32.add
          (local.get $28)
          (i32.const 1)
         )
        )
       )
      )
      (local.set $28
       (i32.add
        (local.get $28)
        (i32.const 1)
       )
      )
      (br_if $loop165
       (i32.lt_s
        (local.get $28)
        (local.get $48)
       )
      )
     )
    )
    (block $exit166
     (local.set $16
      (local.get $14)
     )
     (local.set $49
      (local.get $15)
     )
     (br_if $exit166
      (i32.ge_s
       (local.get $16)
       (local.get $49)
      )
     )
     (loop $loop167
      (local.set $17
       (select
        (i32.const 512)
        (i32.sub
         (local.get $15)
         (local.get $16)
        )
        (i32.lt_s
         (i32.const 512)
         (i32.sub
          (local.get $15)
          (local.get $16)
         )
        )
       )
      )
      (block $exit160
       (local.set $18
        (i32.const 0)
       )
       (local.set $46
        (local.get $11)
       )
       (br_if $exit160
        (i32.ge_s
         (local.get $18)
         (local.get $46)
        )
       )
       (loop $loop161
        (local.set $19
         (select
          (i32.const 256)
          (i32.sub
           (local.get $11)
           (local.get $18)
          )
          (i32.lt_s
           (i32.const 256)
           (i32.sub
            (local.get $11)
            (local.get $18)
           )
          )
         )
        )
        (call $op6_packB
         (local.get $31)
         (i32.add
          (local.get $10)
          (i32.shl
           (local.get $18)
           (i32.const 2)
          )
         )
         (local.get $19)
         (i32.add
          (local.get $12)
          (i32.shl
           (local.get $16)
           (i32.const 2)
          )
         )
         (local.get $17)
         (local.get $7)
        )
        (block $exit158
         (local.set $20
          (i32.const 0)
         )
         (local.set $45
          (local.get $9)
         )
         (br_if $exit158
          (i32.ge_s
           (local.get $20)
           (local.get $45)
          )
         )
         (loop $loop159
          (local.set $21
           (select
            (i32.const 64)
            (i32.sub
             (local.get $9)
             (local.get $20)
            )
            (i32.lt_s
             (i32.const 64)
             (i32.sub
              (local.get $9)
              (local.get $20)
             )
            )
           )
          )
          (call $op6_packA
           (local.get $30)
           (i32.add
            (local.get $8)
            (i32.shl
             (local.get $20)
             (i32.const 2)
            )
           )
           (local.get $21)
           (i32.add
            (local.get $10)
            (i32.shl
             (local.get $18)
             (i32.const 2)
            )
           )
           (local.get $19)
           (local.get $7)
          )
          (block $exit156
           (local.set $22
            (i32.const 0)
           )
           (local.set $44
            (i32.div_s
             (i32.add
              (local.get $17)
              (i32.const 7)
             )
             (i32.const 8)
            )
           )
           (br_if $exit156
            (i32.ge_s
             (local.get $22)
             (local.get $44)
            )
           )
           (loop $loop157
            (local.set $24
             (i32.add
              (local.get $16)
              (i32.mul
               (local.get $22)
               (i32.const 8)
              )
             )
            )
            (local.set $25
             (select
              (i32.const 8)
              (i32.sub
               (local.get $17)
               (i32.mul
                (local.get $22)
                (i32.const 8)
               )
              )
              (i32.lt_s
               (i32.const 8)
               (i32.sub
                (local.get $17)
                (i32.mul
                 (local.get $22)
                 (i32.const 8)
                )
               )
              )
             )
            )
            (local.set $26
             (i32.and
              (i32.eq
               (local.get $25)
               (i32.const 8)
              )
              (i32.eq
               (i32.sub
                (i32.load
                 (i32.add
                  (local.get $12)
                  (i32.shl
                   (i32.add
                    (local.get $24)
                    (i32.const 7)
                   )
                   (i32.const 2)
                  )
                 )
                )
                (i32.load
                 (i32.add
                  (local.get $12)
                  (i32.shl
                   (local.get $24)
                   (i32.const 2)
                  )
                 )
                )
               )
               (i32.const 7)
              )
             )
            )
            (block $exit154
             (local.set $23
              (i32.const 0)
             )
             (local.set $43
              (i32.div_s
               (i32.add
                (local.get $21)
                (i32.const 3)
               )
               (i32.const 4)
              )
             )
             (br_if $exit154
              (i32.ge_s
               (local.get $23)
               (local.get $43)
              )
             )
             (loop $loop155
              (if
               (local.get $26)
               (then
                (i32.store
                 (local.get $32)
                 (select
                  (i32.add
                   (i32.const 76147584)
                   (i32.shl
                    (i32.add
                     (i32.add
                      (i32.load
                       (i32.add
                        (i32.const 84549120)
                        (i32.shl
                         (local.get $7)
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.load
                       (i32.add
                        (i32.const 84549184)
                        (i32.shl
                         (i32.load
                          (i32.add
                           (local.get $8)
                           (i32.shl
                            (i32.add
                             (i32.add
                              (local.get $20)
                              (i32.mul
                               (local.get $23)
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
                       (i32.const 84549696)
                       (i32.shl
                        (i32.load
                         (i32.add
                          (local.get $12)
                          (i32.shl
                           (i32.add
                            (local.get $24)
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
                  (local.get $34)
                  (i32.lt_s
                   (i32.add
                    (i32.mul
                     (local.get $23)
                     (i32.const 4)
                    )
                    (i32.const 0)
                   )
                   (local.get $21)
                  )
                 )
                )
                (i32.store offset=4
                 (local.get $32)
                 (select
                  (i32.add
                   (i32.const 76147584)
                   (i32.shl
                    (i32.add
                     (i32.add
                      (i32.load
                       (i32.add
                        (i32.const 84549120)
                        (i32.shl
                         (local.get $7)
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.load
                       (i32.add
                        (i32.const 84549184)
                        (i32.shl
                         (i32.load
                          (i32.add
                           (local.get $8)
                           (i32.shl
                            (i32.add
                             (i32.add
                              (local.get $20)
                              (i32.mul
                               (local.get $23)
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
                       (i32.const 84549696)
                       (i32.shl
                        (i32.load
                         (i32.add
                          (local.get $12)
                          (i32.shl
                           (i32.add
                            (local.get $24)
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
                  (local.get $34)
                  (i32.lt_s
                   (i32.add
                    (i32.mul
                     (local.get $23)
                     (i32.const 4)
                    )
                    (i32.const 1)
                   )
                   (local.get $21)
                  )
                 )
                )
                (i32.store offset=8
                 (local.get $32)
                 (select
                  (i32.add
                   (i32.const 76147584)
                   (i32.shl
                    (i32.add
                     (i32.add
                      (i32.load
                       (i32.add
                        (i32.const 84549120)
                        (i32.shl
                         (local.get $7)
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.load
                       (i32.add
                        (i32.const 84549184)
                        (i32.shl
                         (i32.load
                          (i32.add
                           (local.get $8)
                           (i32.shl
                            (i32.add
                             (i32.add
                              (local.get $20)
                              (i32.mul
                               (local.get $23)
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
                       (i32.const 84549696)
                       (i32.shl
                        (i32.load
                         (i32.add
                          (local.get $12)
                          (i32.shl
                           (i32.add
                            (local.get $24)
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
                  (local.get $34)
                  (i32.lt_s
                   (i32.add
                    (i32.mul
                     (local.get $23)
                     (i32.const 4)
                    )
                    (i32.const 2)
                   )
                   (local.get $21)
                  )
                 )
                )
                (i32.store offset=12
                 (local.get $32)
                 (select
                  (i32.add
                   (i32.const 76147584)
                   (i32.shl
                    (i32.add
                     (i32.add
                      (i32.load
                       (i32.add
                        (i32.const 84549120)
                        (i32.shl
                         (local.get $7)
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.load
                       (i32.add
                        (i32.const 84549184)
                        (i32.shl
                         (i32.load
                          (i32.add
                           (local.get $8)
                           (i32.shl
                            (i32.add
                             (i32.add
                              (local.get $20)
                              (i32.mul
                               (local.get $23)
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
                       (i32.const 84549696)
                       (i32.shl
                        (i32.load
                         (i32.add
                          (local.get $12)
                          (i32.shl
                           (i32.add
                            (local.get $24)
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
                  (local.get $34)
                  (i32.lt_s
                   (i32.add
                    (i32.mul
                     (local.get $23)
                     (i32.const 4)
                    )
                    (i32.const 3)
                   )
                   (local.get $21)
                  )
                 )
                )
                (call $microkernel_4x8
                 (i32.add
                  (local.get $30)
                  (i32.mul
                   (local.get $23)
                   (i32.mul
                    (local.get $19)
                    (i32.const 16)
                   )
                  )
                 )
                 (i32.add
                  (local.get $31)
                  (i32.mul
                   (local.get $22)
                   (i32.mul
                    (local.get $19)
                    (i32.const 32)
                   )
                  )
                 )
                 (local.get $19)
                 (local.get $32)
                )
               )
               (else
                (i32.store
                 (local.get $32)
                 (i32.add
                  (local.get $33)
                  (i32.const 0)
                 )
                )
                (local.set $29
                 (i32.lt_s
                  (i32.add
                   (i32.mul
                    (local.get $23)
                    (i32.const 4)
                   )
                   (i32.const 0)
                  )
                  (local.get $21)
                 )
                )
                (local.set $27
                 (select
                  (i32.add
                   (i32.load
                    (i32.add
                     (i32.const 84549120)
                     (i32.shl
                      (local.get $7)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 84549184)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (local.get $8)
                        (i32.shl
                         (i32.add
                          (i32.add
                           (local.get $20)
                           (i32.mul
                            (local.get $23)
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
                  (local.get $29)
                 )
                )
                (block $exit138
                 (local.set $28
                  (i32.const 0)
                 )
                 (local.set $35
                  (i32.const 8)
                 )
                 (br_if $exit138
                  (i32.ge_s
                   (local.get $28)
                   (local.get $35)
                  )
                 )
                 (loop $loop139
                  (f32.store
                   (i32.add
                    (local.get $33)
                    (i32.add
                     (i32.const 0)
                     (i32.shl
                      (local.get $28)
                      (i32.const 2)
                     )
                    )
                   )
                   (select
                    (f32.load
                     (i32.add
                      (i32.const 76147584)
                      (i32.shl
                       (i32.add
                        (local.get $27)
                        (i32.load
                         (i32.add
                          (i32.const 84549696)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (local.get $12)
                             (i32.shl
                              (i32.add
                               (local.get $24)
                               (local.get $28)
                              )
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
                     (local.get $29)
                     (i32.lt_s
                      (local.get $28)
                      (local.get $25)
                     )
                    )
                   )
                  )
                  (local.set $28
                   (i32.add
                    (local.get $28)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop139
                   (i32.lt_s
                    (local.get $28)
                    (local.get $35)
                   )
                  )
                 )
                )
                (i32.store offset=4
                 (local.get $32)
                 (i32.add
                  (local.get $33)
                  (i32.const 32)
                 )
                )
                (local.set $29
                 (i32.lt_s
                  (i32.add
                   (i32.mul
                    (local.get $23)
                    (i32.const 4)
                   )
                   (i32.const 1)
                  )
                  (local.get $21)
                 )
                )
                (local.set $27
                 (select
                  (i32.add
                   (i32.load
                    (i32.add
                     (i32.const 84549120)
                     (i32.shl
                      (local.get $7)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 84549184)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (local.get $8)
                        (i32.shl
                         (i32.add
                          (i32.add
                           (local.get $20)
                           (i32.mul
                            (local.get $23)
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
                  (local.get $29)
                 )
                )
                (block $exit142
                 (local.set $28
                  (i32.const 0)
                 )
                 (local.set $37
                  (i32.const 8)
                 )
                 (br_if $exit142
                  (i32.ge_s
                   (local.get $28)
                   (local.get $37)
                  )
                 )
                 (loop $loop143
                  (f32.store
                   (i32.add
                    (local.get $33)
                    (i32.add
                     (i32.const 32)
                     (i32.shl
                      (local.get $28)
                      (i32.const 2)
                     )
                    )
                   )
                   (select
                    (f32.load
                     (i32.add
                      (i32.const 76147584)
                      (i32.shl
                       (i32.add
                        (local.get $27)
                        (i32.load
                         (i32.add
                          (i32.const 84549696)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (local.get $12)
                             (i32.shl
                              (i32.add
                               (local.get $24)
                               (local.get $28)
                              )
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
                     (local.get $29)
                     (i32.lt_s
                      (local.get $28)
                      (local.get $25)
                     )
                    )
                   )
                  )
                  (local.set $28
                   (i32.add
                    (local.get $28)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop143
                   (i32.lt_s
                    (local.get $28)
                    (local.get $37)
                   )
                  )
                 )
                )
                (i32.store offset=8
                 (local.get $32)
                 (i32.add
                  (local.get $33)
                  (i32.const 64)
                 )
                )
                (local.set $29
                 (i32.lt_s
                  (i32.add
                   (i32.mul
                    (local.get $23)
                    (i32.const 4)
                   )
                   (i32.const 2)
                  )
                  (local.get $21)
                 )
                )
                (local.set $27
                 (select
                  (i32.add
                   (i32.load
                    (i32.add
                     (i32.const 84549120)
                     (i32.shl
                      (local.get $7)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 84549184)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (local.get $8)
                        (i32.shl
                         (i32.add
                          (i32.add
                           (local.get $20)
                           (i32.mul
                            (local.get $23)
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
                  (local.get $29)
                 )
                )
                (block $exit146
                 (local.set $28
                  (i32.const 0)
                 )
                 (local.set $39
                  (i32.const 8)
                 )
                 (br_if $exit146
                  (i32.ge_s
                   (local.get $28)
                   (local.get $39)
                  )
                 )
                 (loop $loop147
                  (f32.store
                   (i32.add
                    (local.get $33)
                    (i32.add
                     (i32.const 64)
                     (i32.shl
                      (local.get $28)
                      (i32.const 2)
                     )
                    )
                   )
                   (select
                    (f32.load
                     (i32.add
                      (i32.const 76147584)
                      (i32.shl
                       (i32.add
                        (local.get $27)
                        (i32.load
                         (i32.add
                          (i32.const 84549696)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (local.get $12)
                             (i32.shl
                              (i32.add
                               (local.get $24)
                               (local.get $28)
                              )
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
                     (local.get $29)
                     (i32.lt_s
                      (local.get $28)
                      (local.get $25)
                     )
                    )
                   )
                  )
                  (local.set $28
                   (i32.add
                    (local.get $28)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop147
                   (i32.lt_s
                    (local.get $28)
                    (local.get $39)
                   )
                  )
                 )
                )
                (i32.store offset=12
                 (local.get $32)
                 (i32.add
                  (local.get $33)
                  (i32.const 96)
                 )
                )
                (local.set $29
                 (i32.lt_s
                  (i32.add
                   (i32.mul
                    (local.get $23)
                    (i32.const 4)
                   )
                   (i32.const 3)
                  )
                  (local.get $21)
                 )
                )
                (local.set $27
                 (select
                  (i32.add
                   (i32.load
                    (i32.add
                     (i32.const 84549120)
                     (i32.shl
                      (local.get $7)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 84549184)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (local.get $8)
                        (i32.shl
                         (i32.add
                          (i32.add
                           (local.get $20)
                           (i32.mul
                            (local.get $23)
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
                  (local.get $29)
                 )
                )
                (block $exit150
                 (local.set $28
                  (i32.const 0)
                 )
                 (local.set $41
                  (i32.const 8)
                 )
                 (br_if $exit150
                  (i32.ge_s
                   (local.get $28)
                   (local.get $41)
                  )
                 )
                 (loop $loop151
                  (f32.store
                   (i32.add
                    (local.get $33)
                    (i32.add
                     (i32.const 96)
                     (i32.shl
                      (local.get $28)
                      (i32.const 2)
                     )
                    )
                   )
                   (select
                    (f32.load
                     (i32.add
                      (i32.const 76147584)
                      (i32.shl
                       (i32.add
                        (local.get $27)
                        (i32.load
                         (i32.add
                          (i32.const 84549696)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (local.get $12)
                             (i32.shl
                              (i32.add
                               (local.get $24)
                               (local.get $28)
                              )
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
                     (local.get $29)
                     (i32.lt_s
                      (local.get $28)
                      (local.get $25)
                     )
                    )
                   )
                  )
                  (local.set $28
                   (i32.add
                    (local.get $28)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop151
                   (i32.lt_s
                    (local.get $28)
                    (local.get $41)
                   )
                  )
                 )
                )
                (call $microkernel_4x8
                 (i32.add
                  (local.get $30)
                  (i32.mul
                   (local.get $23)
                   (i32.mul
                    (local.get $19)
                    (i32.const 16)
                   )
                  )
                 )
                 (i32.add
                  (local.get $31)
                  (i32.mul
                   (local.get $22)
                   (i32.mul
                    (local.get $19)
                    (i32.const 32)
                   )
                  )
                 )
                 (local.get $19)
                 (local.get $32)
                )
                (local.set $29
                 (i32.lt_s
                  (i32.add
                   (i32.mul
                    (local.get $23)
                    (i32.const 4)
                   )
                   (i32.const 0)
                  )
                  (local.get $21)
                 )
                )
                (local.set $27
                 (select
                  (i32.add
                   (i32.load
                    (i32.add
                     (i32.const 84549120)
                     (i32.shl
                      (local.get $7)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 84549184)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (local.get $8)
                        (i32.shl
                         (i32.add
                          (i32.add
                           (local.get $20)
                           (i32.mul
                            (local.get $23)
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
                  (local.get $29)
                 )
                )
                (block $exit140
                 (local.set $28
                  (i32.const 0)
                 )
                 (local.set $36
                  (local.get $25)
                 )
                 (br_if $exit140
                  (i32.ge_s
                   (local.get $28)
                   (local.get $36)
                  )
                 )
                 (loop $loop141
                  (if
                   (local.get $29)
                   (then
                    (f32.store
                     (i32.add
                      (i32.const 76147584)
                      (i32.shl
                       (i32.add
                        (local.get $27)
                        (i32.load
                         (i32.add
                          (i32.const 84549696)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (local.get $12)
                             (i32.shl
                              (i32.add
                               (local.get $24)
                               (local.get $28)
                              )
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
                       (local.get $33)
                       (i32.add
                        (i32.const 0)
                        (i32.shl
                         (local.get $28)
                         (i32.const 2)
                        )
                       )
                      )
                     )
                    )
                   )
                  )
                  (local.set $28
                   (i32.add
                    (local.get $28)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop141
                   (i32.lt_s
                    (local.get $28)
                    (local.get $36)
                   )
                  )
                 )
                )
                (local.set $29
                 (i32.lt_s
                  (i32.add
                   (i32.mul
                    (local.get $23)
                    (i32.const 4)
                   )
                   (i32.const 1)
                  )
                  (local.get $21)
                 )
                )
                (local.set $27
                 (select
                  (i32.add
                   (i32.load
                    (i32.add
                     (i32.const 84549120)
                     (i32.shl
                      (local.get $7)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 84549184)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (local.get $8)
                        (i32.shl
                         (i32.add
                          (i32.add
                           (local.get $20)
                           (i32.mul
                            (local.get $23)
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
                  (local.get $29)
                 )
                )
                (block $exit144
                 (local.set $28
                  (i32.const 0)
                 )
                 (local.set $38
                  (local.get $25)
                 )
                 (br_if $exit144
                  (i32.ge_s
                   (local.get $28)
                   (local.get $38)
                  )
                 )
                 (loop $loop145
                  (if
                   (local.get $29)
                   (then
                    (f32.store
                     (i32.add
                      (i32.const 76147584)
                      (i32.shl
                       (i32.add
                        (local.get $27)
                        (i32.load
                         (i32.add
                          (i32.const 84549696)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (local.get $12)
                             (i32.shl
                              (i32.add
                               (local.get $24)
                               (local.get $28)
                              )
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
                       (local.get $33)
                       (i32.add
                        (i32.const 32)
                        (i32.shl
                         (local.get $28)
                         (i32.const 2)
                        )
                       )
                      )
                     )
                    )
                   )
                  )
                  (local.set $28
                   (i32.add
                    (local.get $28)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop145
                   (i32.lt_s
                    (local.get $28)
                    (local.get $38)
                   )
                  )
                 )
                )
                (local.set $29
                 (i32.lt_s
                  (i32.add
                   (i32.mul
                    (local.get $23)
                    (i32.const 4)
                   )
                   (i32.const 2)
                  )
                  (local.get $21)
                 )
                )
                (local.set $27
                 (select
                  (i32.add
                   (i32.load
                    (i32.add
                     (i32.const 84549120)
                     (i32.shl
                      (local.get $7)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 84549184)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (local.get $8)
                        (i32.shl
                         (i32.add
                          (i32.add
                           (local.get $20)
                           (i32.mul
                            (local.get $23)
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
                  (local.get $29)
                 )
                )
                (block $exit148
                 (local.set $28
                  (i32.const 0)
                 )
                 (local.set $40
                  (local.get $25)
                 )
                 (br_if $exit148
                  (i32.ge_s
                   (local.get $28)
                   (local.get $40)
                  )
                 )
                 (loop $loop149
                  (if
                   (local.get $29)
                   (then
                    (f32.store
                     (i32.add
                      (i32.const 76147584)
                      (i32.shl
                       (i32.add
                        (local.get $27)
                        (i32.load
                         (i32.add
                          (i32.const 84549696)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (local.get $12)
                             (i32.shl
                              (i32.add
                               (local.get $24)
                               (local.get $28)
                              )
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
                       (local.get $33)
                       (i32.add
                        (i32.const 64)
                        (i32.shl
                         (local.get $28)
                         (i32.const 2)
                        )
                       )
                      )
                     )
                    )
                   )
                  )
                  (local.set $28
                   (i32.add
                    (local.get $28)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop149
                   (i32.lt_s
                    (local.get $28)
                    (local.get $40)
                   )
                  )
                 )
                )
                (local.set $29
                 (i32.lt_s
                  (i32.add
                   (i32.mul
                    (local.get $23)
                    (i32.const 4)
                   )
                   (i32.const 3)
                  )
                  (local.get $21)
                 )
                )
                (local.set $27
                 (select
                  (i32.add
                   (i32.load
                    (i32.add
                     (i32.const 84549120)
                     (i32.shl
                      (local.get $7)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 84549184)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (local.get $8)
                        (i32.shl
                         (i32.add
                          (i32.add
                           (local.get $20)
                           (i32.mul
                            (local.get $23)
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
                  (local.get $29)
                 )
                )
                (block $exit152
                 (local.set $28
                  (i32.const 0)
                 )
                 (local.set $42
                  (local.get $25)
                 )
                 (br_if $exit152
                  (i32.ge_s
                   (local.get $28)
                   (local.get $42)
                  )
                 )
                 (loop $loop153
                  (if
                   (local.get $29)
                   (then
                    (f32.store
                     (i32.add
                      (i32.const 76147584)
                      (i32.shl
                       (i32.add
                        (local.get $27)
                        (i32.load
                         (i32.add
                          (i32.const 84549696)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (local.get $12)
                             (i32.shl
                              (i32.add
                               (local.get $24)
                               (local.get $28)
                              )
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
                       (local.get $33)
                       (i32.add
                        (i32.const 96)
                        (i32.shl
                         (local.get $28)
                         (i32.const 2)
                        )
                       )
                      )
                     )
                    )
                   )
                  )
                  (local.set $28
                   (i32.add
                    (local.get $28)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop153
                   (i32.lt_s
                    (local.get $28)
                    (local.get $42)
                   )
                  )
                 )
                )
               )
              )
              (local.set $23
               (i32.add
                (local.get $23)
                (i32.const 1)
               )
              )
              (br_if $loop155
               (i32.lt_s
                (local.get $23)
                (local.get $43)
               )
              )
             )
            )
            (local.set $22
             (i32.add
              (local.get $22)
              (i32.const 1)
             )
            )
            (br_if $loop157
             (i32.lt_s
              (local.get $22)
              (local.get $44)
             )
            )
           )
          )
          (local.set $20
           (i32.add
            (local.get $20)
            (i32.const 64)
           )
          )
          (br_if $loop159
           (i32.lt_s
            (local.get $20)
            (local.get $45)
           )
          )
         )
        )
        (local.set $18
         (i32.add
          (local.get $18)
          (i32.const 256)
         )
        )
        (br_if $loop161
         (i32.lt_s
          (local.get $18)
          (local.get $46)
         )
        )
       )
      )
      (local.set $16
       (i32.add
        (local.get $16)
        (i32.const 512)
       )
      )
      (br_if $loop167
       (i32.lt_s
        (local.get $16)
        (local.get $49)
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
    (br_if $loop169
     (i32.lt_s
      (local.get $5)
      (local.get $50)
     )
    )
   )
  )
 )
 (func $op6_prepack (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (block $exit170
   (local.set $2
    (i32.const 0)
   )
   (local.set $4
    (local.get $1)
   )
   (br_if $exit170
    (i32.ge_s
     (local.get $2)
     (local.get $4)
    )
   )
   (loop $loop171
    (local.set $3
     (i32.add
      (local.get $0)
      (i32.mul
       (local.get $2)
       (i32.const 40)
      )
     )
    )
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
    (local.set $2
     (i32.add
      (local.get $2)
      (i32.const 1)
     )
    )
    (br_if $loop171
     (i32.lt_s
      (local.get $2)
      (local.get $4)
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
  (local.set $38
   (local.get $4)
  )
  (local.set $40
   (i32.add
    (local.get $38)
    (i32.const 524288)
   )
  )
  (local.set $41
   (i32.add
    (local.get $40)
    (i32.const 16)
   )
  )
  (local.set $42
   (i32.add
    (local.get $41)
    (i32.const 128)
   )
  )
  (block $exit204
   (local.set $10
    (i32.const 0)
   )
   (local.set $61
    (local.get $1)
   )
   (br_if $exit204
    (i32.ge_s
     (local.get $10)
     (local.get $61)
    )
   )
   (loop $loop205
    (local.set $13
     (i32.add
      (local.get $0)
      (i32.mul
       (local.get $10)
       (i32.const 40)
      )
     )
    )
    (local.set $14
     (i32.load
      (local.get $13)
     )
    )
    (local.set $11
     (i32.add
      (local.get $10)
      (i32.const 1)
     )
    )
    (block
     (block $exit200
      (local.set $12
       (local.get $11)
      )
      (local.set $58
       (local.get $1)
      )
      (br_if $exit200
       (i32.ge_s
        (local.get $12)
        (local.get $58)
       )
      )
      (loop $loop201
       (if
        (i32.ne
         (i32.load
          (i32.add
           (local.get $0)
           (i32.mul
            (local.get $12)
            (i32.const 40)
           )
          )
         )
         (local.get $14)
        )
        (then
         (local.set $12
          (local.get $1)
         )
        )
        (else
         (local.set $11
          (i32.add
           (local.get $12)
           (i32.const 1)
          )
         )
        )
       )
       (local.set $12
        (i32.add
         (local.get $12)
         (i32.const 1)
        )
       )
       (br_if $loop201
        (i32.lt_s
         (local.get $12)
         (local.get $58)
        )
       )
      )
     )
    )
    (block $exit202
     (local.set $15
      (local.get $2)
     )
     (local.set $59
      (local.get $3)
     )
     (local.set $60
      (local.get $9)
     )
     (br_if $exit202
      (i32.ge_s
       (local.get $15)
       (local.get $59)
      )
     )
     (loop $loop203
      (local.set $16
       (select
        (local.get $9)
        (i32.sub
         (local.get $3)
         (local.get $15)
        )
        (i32.lt_s
         (local.get $9)
         (i32.sub
          (local.get $3)
          (local.get $15)
         )
        )
       )
      )
      (block $exit198
       (local.set $17
        (i32.const 0)
       )
       (local.set $56
        (i32.const 512)
       )
       (local.set $57
        (local.get $8)
       )
       (br_if $exit198
        (i32.ge_s
         (local.get $17)
         (local.get $56)
        )
       )
       (loop $loop199
        (local.set $18
         (select
          (local.get $8)
          (i32.sub
           (i32.const 512)
           (local.get $17)
          )
          (i32.lt_s
           (local.get $8)
           (i32.sub
            (i32.const 512)
            (local.get $17)
           )
          )
         )
        )
        (if
         (i32.eqz
          (local.get $7)
         )
         (then
          (call $op6_packB
           (local.get $38)
           (i32.add
            (local.get $5)
            (i32.shl
             (local.get $17)
             (i32.const 2)
            )
           )
           (local.get $18)
           (i32.add
            (local.get $6)
            (i32.shl
             (local.get $15)
             (i32.const 2)
            )
           )
           (local.get $16)
           (local.get $14)
          )
         )
        )
        (block $exit196
         (local.set $12
          (local.get $10)
         )
         (local.set $55
          (local.get $11)
         )
         (br_if $exit196
          (i32.ge_s
           (local.get $12)
           (local.get $55)
          )
         )
         (loop $loop197
          (local.set $13
           (i32.add
            (local.get $0)
            (i32.mul
             (local.get $12)
             (i32.const 40)
            )
           )
          )
          (local.set $32
           (i32.load offset=8
            (local.get $13)
           )
          )
          (local.set $33
           (i32.load offset=16
            (local.get $13)
           )
          )
          (local.set $34
           (i32.load offset=28
            (local.get $13)
           )
          )
          (local.set $21
           (i32.const 0)
          )
          (local.set $22
           (local.get $33)
          )
          (block
           (block $exit190
            (local.set $23
             (i32.const 0)
            )
            (local.set $52
             (i32.const 32)
            )
            (br_if $exit190
             (i32.ge_s
              (local.get $23)
              (local.get $52)
             )
            )
            (loop $loop191
             (if
              (i32.ge_s
               (local.get $21)
               (local.get $22)
              )
              (then
               (local.set $23
                (i32.const 32)
               )
              )
              (else
               (local.set $26
                (i32.div_s
                 (i32.add
                  (local.get $21)
                  (local.get $22)
                 )
                 (i32.const 2)
                )
               )
               (if
                (i32.lt_s
                 (i32.load
                  (i32.add
                   (i32.load offset=12
                    (local.get $13)
                   )
                   (i32.shl
                    (local.get $26)
                    (i32.const 2)
                   )
                  )
                 )
                 (local.get $17)
                )
                (then
                 (local.set $21
                  (i32.add
                   (local.get $26)
                   (i32.const 1)
                  )
                 )
                )
                (else
                 (local.set $22
                  (local.get $26)
                 )
                )
               )
              )
             )
             (local.set $23
              (i32.add
               (local.get $23)
               (i32.const 1)
              )
             )
             (br_if $loop191
              (i32.lt_s
               (local.get $23)
               (local.get $52)
              )
             )
            )
           )
          )
          (local.set $19
           (local.get $21)
          )
          (local.set $21
           (i32.const 0)
          )
          (local.set $22
           (local.get $33)
          )
          (block
           (block $exit192
            (local.set $23
             (i32.const 0)
            )
            (local.set $53
             (i32.const 32)
            )
            (br_if $exit192
             (i32.ge_s
              (local.get $23)
              (local.get $53)
             )
            )
            (loop $loop193
             (if
              (i32.ge_s
               (local.get $21)
               (local.get $22)
              )
              (then
               (local.set $23
                (i32.const 32)
               )
              )
              (else
               (local.set $26
                (i32.div_s
                 (i32.add
                  (local.get $21)
                  (local.get $22)
                 )
                 (i32.const 2)
                )
               )
               (if
                (i32.lt_s
                 (i32.load
                  (i32.add
                   (i32.load offset=12
                    (local.get $13)
                   )
                   (i32.shl
                    (local.get $26)
                    (i32.const 2)
                   )
                  )
                 )
                 (i32.add
                  (local.get $17)
                  (local.get $18)
                 )
                )
                (then
                 (local.set $21
                  (i32.add
                   (local.get $26)
                   (i32.const 1)
                  )
                 )
                )
                (else
                 (local.set $22
                  (local.get $26)
                 )
                )
               )
              )
             )
             (local.set $23
              (i32.add
               (local.get $23)
               (i32.const 1)
              )
             )
             (br_if $loop193
              (i32.lt_s
               (local.get $23)
               (local.get $53)
              )
             )
            )
           )
          )
          (local.set $20
           (local.get $21)
          )
          (local.set $39
           (i32.and
            (i32.eqz
             (local.get $7)
            )
            (i32.eq
             (i32.sub
              (i32.load
               (i32.add
                (i32.load offset=12
                 (local.get $13)
                )
                (i32.shl
                 (i32.sub
                  (local.get $20)
                  (i32.const 1)
                 )
                 (i32.const 2)
                )
               )
              )
              (i32.load
               (i32.add
                (i32.load offset=12
                 (local.get $13)
                )
                (i32.shl
                 (local.get $19)
                 (i32.const 2)
                )
               )
              )
             )
             (i32.sub
              (i32.sub
               (local.get $20)
               (local.get $19)
              )
              (i32.const 1)
             )
            )
           )
          )
          (if
           (i32.lt_s
            (local.get $19)
            (local.get $20)
           )
           (then
            (block $exit194
             (local.set $24
              (i32.const 0)
             )
             (local.set $54
              (i32.div_s
               (i32.add
                (local.get $16)
                (i32.const 7)
               )
               (i32.const 8)
              )
             )
             (br_if $exit194
              (i32.ge_s
               (local.get $24)
               (local.get $54)
              )
             )
             (loop $loop195
              (local.set $26
               (i32.add
                (local.get $15)
                (i32.mul
                 (local.get $24)
                 (i32.const 8)
                )
               )
              )
              (local.set $27
               (select
                (i32.const 8)
                (i32.sub
                 (i32.add
                  (local.get $15)
                  (local.get $16)
                 )
                 (local.get $26)
                )
                (i32.lt_s
                 (i32.const 8)
                 (i32.sub
                  (i32.add
                   (local.get $15)
                   (local.get $16)
                  )
                  (local.get $26)
                 )
                )
               )
              )
              (local.set $28
               (i32.eq
                (local.get $27)
                (i32.const 8)
               )
              )
              (if
               (local.get $7)
               (then
                (local.set $29
                 (i32.add
                  (i32.const 344064)
                  (i32.shl
                   (i32.load
                    (i32.add
                     (i32.const 84538880)
                     (i32.shl
                      (local.get $26)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.const 2)
                  )
                 )
                )
                (local.set $30
                 (i32.add
                  (i32.load offset=32
                   (local.get $13)
                  )
                  (i32.shl
                   (local.get $19)
                   (i32.const 2)
                  )
                 )
                )
                (local.set $31
                 (i32.const 0)
                )
               )
               (else
                (local.set $29
                 (i32.sub
                  (i32.add
                   (local.get $38)
                   (i32.mul
                    (local.get $24)
                    (i32.mul
                     (local.get $18)
                     (i32.const 32)
                    )
                   )
                  )
                  (i32.shl
                   (local.get $17)
                   (i32.const 5)
                  )
                 )
                )
                (local.set $30
                 (i32.add
                  (i32.load offset=12
                   (local.get $13)
                  )
                  (i32.shl
                   (local.get $19)
                   (i32.const 2)
                  )
                 )
                )
                (local.set $31
                 (i32.const 5)
                )
               )
              )
              (block $exit188
               (local.set $25
                (i32.const 0)
               )
               (local.set $51
                (i32.div_s
                 (i32.add
                  (local.get $32)
                  (i32.const 3)
                 )
                 (i32.const 4)
                )
               )
               (br_if $exit188
                (i32.ge_s
                 (local.get $25)
                 (local.get $51)
                )
               )
               (loop $loop189
                (if
                 (local.get $28)
                 (then
                  (i32.store
                   (local.get $40)
                   (select
                    (i32.add
                     (i32.const 76147584)
                     (i32.shl
                      (i32.add
                       (i32.add
                        (i32.load
                         (i32.add
                          (i32.const 84549120)
                          (i32.shl
                           (local.get $14)
                           (i32.const 2)
                          )
                         )
                        )
                        (i32.load
                         (i32.add
                          (i32.const 84549184)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (i32.load offset=4
                              (local.get $13)
                             )
                             (i32.shl
                              (i32.add
                               (i32.mul
                                (local.get $25)
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
                       (i32.load
                        (i32.add
                         (i32.const 84549696)
                         (i32.shl
                          (i32.add
                           (local.get $26)
                           (i32.const 0)
                          )
                          (i32.const 2)
                         )
                        )
                       )
                      )
                      (i32.const 2)
                     )
                    )
                    (local.get $42)
                    (i32.lt_s
                     (i32.add
                      (i32.mul
                       (local.get $25)
                       (i32.const 4)
                      )
                      (i32.const 0)
                     )
                     (local.get $32)
                    )
                   )
                  )
                  (i32.store offset=4
                   (local.get $40)
                   (select
                    (i32.add
                     (i32.const 76147584)
                     (i32.shl
                      (i32.add
                       (i32.add
                        (i32.load
                         (i32.add
                          (i32.const 84549120)
                          (i32.shl
                           (local.get $14)
                           (i32.const 2)
                          )
                         )
                        )
                        (i32.load
                         (i32.add
                          (i32.const 84549184)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (i32.load offset=4
                              (local.get $13)
                             )
                             (i32.shl
                              (i32.add
                               (i32.mul
                                (local.get $25)
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
                       (i32.load
                        (i32.add
                         (i32.const 84549696)
                         (i32.shl
                          (i32.add
                           (local.get $26)
                           (i32.const 0)
                          )
                          (i32.const 2)
                         )
                        )
                       )
                      )
                      (i32.const 2)
                     )
                    )
                    (local.get $42)
                    (i32.lt_s
                     (i32.add
                      (i32.mul
                       (local.get $25)
                       (i32.const 4)
                      )
                      (i32.const 1)
                     )
                     (local.get $32)
                    )
                   )
                  )
                  (i32.store offset=8
                   (local.get $40)
                   (select
                    (i32.add
                     (i32.const 76147584)
                     (i32.shl
                      (i32.add
                       (i32.add
                        (i32.load
                         (i32.add
                          (i32.const 84549120)
                          (i32.shl
                           (local.get $14)
                           (i32.const 2)
                          )
                         )
                        )
                        (i32.load
                         (i32.add
                          (i32.const 84549184)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (i32.load offset=4
                              (local.get $13)
                             )
                             (i32.shl
                              (i32.add
                               (i32.mul
                                (local.get $25)
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
                       (i32.load
                        (i32.add
                         (i32.const 84549696)
                         (i32.shl
                          (i32.add
                           (local.get $26)
                           (i32.const 0)
                          )
                          (i32.const 2)
                         )
                        )
                       )
                      )
                      (i32.const 2)
                     )
                    )
                    (local.get $42)
                    (i32.lt_s
                     (i32.add
                      (i32.mul
                       (local.get $25)
                       (i32.const 4)
                      )
                      (i32.const 2)
                     )
                     (local.get $32)
                    )
                   )
                  )
                  (i32.store offset=12
                   (local.get $40)
                   (select
                    (i32.add
                     (i32.const 76147584)
                     (i32.shl
                      (i32.add
                       (i32.add
                        (i32.load
                         (i32.add
                          (i32.const 84549120)
                          (i32.shl
                           (local.get $14)
                           (i32.const 2)
                          )
                         )
                        )
                        (i32.load
                         (i32.add
                          (i32.const 84549184)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (i32.load offset=4
                              (local.get $13)
                             )
                             (i32.shl
                              (i32.add
                               (i32.mul
                                (local.get $25)
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
                       (i32.load
                        (i32.add
                         (i32.const 84549696)
                         (i32.shl
                          (i32.add
                           (local.get $26)
                           (i32.const 0)
                          )
                          (i32.const 2)
                         )
                        )
                       )
                      )
                      (i32.const 2)
                     )
                    )
                    (local.get $42)
                    (i32.lt_s
                     (i32.add
                      (i32.mul
                       (local.get $25)
                       (i32.const 4)
                      )
                      (i32.const 3)
                     )
                     (local.get $32)
                    )
                   )
                  )
                  (if
                   (local.get $39)
                   (then
                    (call $microkernel_4x8
                     (i32.add
                      (local.get $34)
                      (i32.shl
                       (i32.add
                        (i32.mul
                         (local.get $25)
                         (local.get $33)
                        )
                        (local.get $19)
                       )
                       (i32.const 4)
                      )
                     )
                     (i32.add
                      (local.get $29)
                      (i32.shl
                       (i32.load
                        (local.get $30)
                       )
                       (i32.const 5)
                      )
                     )
                     (i32.sub
                      (local.get $20)
                      (local.get $19)
                     )
                     (local.get $40)
                    )
                   )
                   (else
                    (call $microkernel_4x8_gather
                     (i32.add
                      (local.get $34)
                      (i32.shl
                       (i32.add
                        (i32.mul
                         (local.get $25)
                         (local.get $33)
                        )
                        (local.get $19)
                       )
                       (i32.const 4)
                      )
                     )
                     (local.get $29)
                     (local.get $30)
                     (i32.sub
                      (local.get $20)
                      (local.get $19)
                     )
                     (local.get $40)
                     (local.get $31)
                    )
                   )
                  )
                 )
                 (else
                  (i32.store
                   (local.get $40)
                   (i32.add
                    (local.get $41)
                    (i32.const 0)
                   )
                  )
                  (local.set $37
                   (i32.lt_s
                    (i32.add
                     (i32.mul
                      (local.get $25)
                      (i32.const 4)
                     )
                     (i32.const 0)
                    )
                    (local.get $32)
                   )
                  )
                  (local.set $36
                   (select
                    (i32.add
                     (i32.load
                      (i32.add
                       (i32.const 84549120)
                       (i32.shl
                        (local.get $14)
                        (i32.const 2)
                       )
                      )
                     )
                     (i32.load
                      (i32.add
                       (i32.const 84549184)
                       (i32.shl
                        (i32.load
                         (i32.add
                          (i32.load offset=4
                           (local.get $13)
                          )
                          (i32.shl
                           (i32.add
                            (i32.mul
                             (local.get $25)
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
                    (local.get $37)
                   )
                  )
                  (block $exit172
                   (local.set $35
                    (i32.const 0)
                   )
                   (local.set $43
                    (i32.const 8)
                   )
                   (br_if $exit172
                    (i32.ge_s
                     (local.get $35)
                     (local.get $43)
                    )
                   )
                   (loop $loop173
                    (f32.store
                     (i32.add
                      (local.get $41)
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
                        (i32.const 76147584)
                        (i32.shl
                         (i32.add
                          (local.get $36)
                          (i32.load
                           (i32.add
                            (i32.const 84549696)
                            (i32.shl
                             (i32.add
                              (local.get $26)
                              (local.get $35)
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
                       (local.get $37)
                       (i32.lt_s
                        (local.get $35)
                        (local.get $27)
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
                    (br_if $loop173
                     (i32.lt_s
                      (local.get $35)
                      (local.get $43)
                     )
                    )
                   )
                  )
                  (i32.store offset=4
                   (local.get $40)
                   (i32.add
                    (local.get $41)
                    (i32.const 32)
                   )
                  )
                  (local.set $37
                   (i32.lt_s
                    (i32.add
                     (i32.mul
                      (local.get $25)
                      (i32.const 4)
                     )
                     (i32.const 1)
                    )
                    (local.get $32)
                   )
                  )
                  (local.set $36
                   (select
                    (i32.add
                     (i32.load
                      (i32.add
                       (i32.const 84549120)
                       (i32.shl
                        (local.get $14)
                        (i32.const 2)
                       )
                      )
                     )
                     (i32.load
                      (i32.add
                       (i32.const 84549184)
                       (i32.shl
                        (i32.load
                         (i32.add
                          (i32.load offset=4
                           (local.get $13)
                          )
                          (i32.shl
                           (i32.add
                            (i32.mul
                             (local.get $25)
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
                    (local.get $37)
                   )
                  )
                  (block $exit176
                   (local.set $35
                    (i32.const 0)
                   )
                   (local.set $45
                    (i32.const 8)
                   )
                   (br_if $exit176
                    (i32.ge_s
                     (local.get $35)
                     (local.get $45)
                    )
                   )
                   (loop $loop177
                    (f32.store
                     (i32.add
                      (local.get $41)
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
                        (i32.const 76147584)
                        (i32.shl
                         (i32.add
                          (local.get $36)
                          (i32.load
                           (i32.add
                            (i32.const 84549696)
                            (i32.shl
                             (i32.add
                              (local.get $26)
                              (local.get $35)
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
                       (local.get $37)
                       (i32.lt_s
                        (local.get $35)
                        (local.get $27)
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
                    (br_if $loop177
                     (i32.lt_s
                      (local.get $35)
                      (local.get $45)
                     )
                    )
                   )
                  )
                  (i32.store offset=8
                   (local.get $40)
                   (i32.add
                    (local.get $41)
                    (i32.const 64)
                   )
                  )
                  (local.set $37
                   (i32.lt_s
                    (i32.add
                     (i32.mul
                      (local.get $25)
                      (i32.const 4)
                     )
                     (i32.const 2)
                    )
                    (local.get $32)
                   )
                  )
                  (local.set $36
                   (select
                    (i32.add
                     (i32.load
                      (i32.add
                       (i32.const 84549120)
                       (i32.shl
                        (local.get $14)
                        (i32.const 2)
                       )
                      )
                     )
                     (i32.load
                      (i32.add
                       (i32.const 84549184)
                       (i32.shl
                        (i32.load
                         (i32.add
                          (i32.load offset=4
                           (local.get $13)
                          )
                          (i32.shl
                           (i32.add
                            (i32.mul
                             (local.get $25)
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
                    (local.get $37)
                   )
                  )
                  (block $exit180
                   (local.set $35
                    (i32.const 0)
                   )
                   (local.set $47
                    (i32.const 8)
                   )
                   (br_if $exit180
                    (i32.ge_s
                     (local.get $35)
                     (local.get $47)
                    )
                   )
                   (loop $loop181
                    (f32.store
                     (i32.add
                      (local.get $41)
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
                        (i32.const 76147584)
                        (i32.shl
                         (i32.add
                          (local.get $36)
                          (i32.load
                           (i32.add
                            (i32.const 84549696)
                            (i32.shl
                             (i32.add
                              (local.get $26)
                              (local.get $35)
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
                       (local.get $37)
                       (i32.lt_s
                        (local.get $35)
                        (local.get $27)
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
                    (br_if $loop181
                     (i32.lt_s
                      (local.get $35)
                      (local.get $47)
                     )
                    )
                   )
                  )
                  (i32.store offset=12
                   (local.get $40)
                   (i32.add
                    (local.get $41)
                    (i32.const 96)
                   )
                  )
                  (local.set $37
                   (i32.lt_s
                    (i32.add
                     (i32.mul
                      (local.get $25)
                      (i32.const 4)
                     )
                     (i32.const 3)
                    )
                    (local.get $32)
                   )
                  )
                  (local.set $36
                   (select
                    (i32.add
                     (i32.load
                      (i32.add
                       (i32.const 84549120)
                       (i32.shl
                        (local.get $14)
                        (i32.const 2)
                       )
                      )
                     )
                     (i32.load
                      (i32.add
                       (i32.const 84549184)
                       (i32.shl
                        (i32.load
                         (i32.add
                          (i32.load offset=4
                           (local.get $13)
                          )
                          (i32.shl
                           (i32.add
                            (i32.mul
                             (local.get $25)
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
                    (local.get $37)
                   )
                  )
                  (block $exit184
                   (local.set $35
                    (i32.const 0)
                   )
                   (local.set $49
                    (i32.const 8)
                   )
                   (br_if $exit184
                    (i32.ge_s
                     (local.get $35)
                     (local.get $49)
                    )
                   )
                   (loop $loop185
                    (f32.store
                     (i32.add
                      (local.get $41)
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
                        (i32.const 76147584)
                        (i32.shl
                         (i32.add
                          (local.get $36)
                          (i32.load
                           (i32.add
                            (i32.const 84549696)
                            (i32.shl
                             (i32.add
                              (local.get $26)
                              (local.get $35)
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
                       (local.get $37)
                       (i32.lt_s
                        (local.get $35)
                        (local.get $27)
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
                    (br_if $loop185
                     (i32.lt_s
                      (local.get $35)
                      (local.get $49)
                     )
                    )
                   )
                  )
                  (if
                   (local.get $39)
                   (then
                    (call $microkernel_4x8
                     (i32.add
                      (local.get $34)
                      (i32.shl
                       (i32.add
                        (i32.mul
                         (local.get $25)
                         (local.get $33)
                        )
                        (local.get $19)
                       )
                       (i32.const 4)
                      )
                     )
                     (i32.add
                      (local.get $29)
                      (i32.shl
                       (i32.load
                        (local.get $30)
                       )
                       (i32.const 5)
                      )
                     )
                     (i32.sub
                      (local.get $20)
                      (local.get $19)
                     )
                     (local.get $40)
                    )
                   )
                   (else
                    (call $microkernel_4x8_gather
                     (i32.add
                      (local.get $34)
                      (i32.shl
                       (i32.add
                        (i32.mul
                         (local.get $25)
                         (local.get $33)
                        )
                        (local.get $19)
                       )
                       (i32.const 4)
                      )
                     )
                     (local.get $29)
                     (local.get $30)
                     (i32.sub
                      (local.get $20)
                      (local.get $19)
                     )
                     (local.get $40)
                     (local.get $31)
                    )
                   )
                  )
                  (local.set $37
                   (i32.lt_s
                    (i32.add
                     (i32.mul
                      (local.get $25)
                      (i32.const 4)
                     )
                     (i32.const 0)
                    )
                    (local.get $32)
                   )
                  )
                  (local.set $36
                   (select
                    (i32.add
                     (i32.load
                      (i32.add
                       (i32.const 84549120)
                       (i32.shl
                        (local.get $14)
                        (i32.const 2)
                       )
                      )
                     )
                     (i32.load
                      (i32.add
                       (i32.const 84549184)
                       (i32.shl
                        (i32.load
                         (i32.add
                          (i32.load offset=4
                           (local.get $13)
                          )
                          (i32.shl
                           (i32.add
                            (i32.mul
                             (local.get $25)
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
                    (local.get $37)
                   )
                  )
                  (block $exit174
                   (local.set $35
                    (i32.const 0)
                   )
                   (local.set $44
                    (local.get $27)
                   )
                   (br_if $exit174
                    (i32.ge_s
                     (local.get $35)
                     (local.get $44)
                    )
                   )
                   (loop $loop175
                    (if
                     (local.get $37)
                     (then
                      (f32.store
                       (i32.add
                        (i32.const 76147584)
                        (i32.shl
                         (i32.add
                          (local.get $36)
                          (i32.load
                           (i32.add
                            (i32.const 84549696)
                            (i32.shl
                             (i32.add
                              (local.get $26)
                              (local.get $35)
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
                         (local.get $41)
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
                    (br_if $loop175
                     (i32.lt_s
                      (local.get $35)
                      (local.get $44)
                     )
                    )
                   )
                  )
                  (local.set $37
                   (i32.lt_s
                    (i32.add
                     (i32.mul
                      (local.get $25)
                      (i32.const 4)
                     )
                     (i32.const 1)
                    )
                    (local.get $32)
                   )
                  )
                  (local.set $36
                   (select
                    (i32.add
                     (i32.load
                      (i32.add
                       (i32.const 84549120)
                       (i32.shl
                        (local.get $14)
                        (i32.const 2)
                       )
                      )
                     )
                     (i32.load
                      (i32.add
                       (i32.const 84549184)
                       (i32.shl
                        (i32.load
                         (i32.add
                          (i32.load offset=4
                           (local.get $13)
                          )
                          (i32.shl
                           (i32.add
                            (i32.mul
                             (local.get $25)
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
                    (local.get $37)
                   )
                  )
                  (block $exit178
                   (local.set $35
                    (i32.const 0)
                   )
                   (local.set $46
                    (local.get $27)
                   )
                   (br_if $exit178
                    (i32.ge_s
                     (local.get $35)
                     (local.get $46)
                    )
                   )
                   (loop $loop179
                    (if
                     (local.get $37)
                     (then
                      (f32.store
                       (i32.add
                        (i32.const 76147584)
                        (i32.shl
                         (i32.add
                          (local.get $36)
                          (i32.load
                           (i32.add
                            (i32.const 84549696)
                            (i32.shl
                             (i32.add
                              (local.get $26)
                              (local.get $35)
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
                         (local.get $41)
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
                    (br_if $loop179
                     (i32.lt_s
                      (local.get $35)
                      (local.get $46)
                     )
                    )
                   )
                  )
                  (local.set $37
                   (i32.lt_s
                    (i32.add
                     (i32.mul
                      (local.get $25)
                      (i32.const 4)
                     )
                     (i32.const 2)
                    )
                    (local.get $32)
                   )
                  )
                  (local.set $36
                   (select
                    (i32.add
                     (i32.load
                      (i32.add
                       (i32.const 84549120)
                       (i32.shl
                        (local.get $14)
                        (i32.const 2)
                       )
                      )
                     )
                     (i32.load
                      (i32.add
                       (i32.const 84549184)
                       (i32.shl
                        (i32.load
                         (i32.add
                          (i32.load offset=4
                           (local.get $13)
                          )
                          (i32.shl
                           (i32.add
                            (i32.mul
                             (local.get $25)
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
                    (local.get $37)
                   )
                  )
                  (block $exit182
                   (local.set $35
                    (i32.const 0)
                   )
                   (local.set $48
                    (local.get $27)
                   )
                   (br_if $exit182
                    (i32.ge_s
                     (local.get $35)
                     (local.get $48)
                    )
                   )
                   (loop $loop183
                    (if
                     (local.get $37)
                     (then
                      (f32.store
                       (i32.add
                        (i32.const 76147584)
                        (i32.shl
                         (i32.add
                          (local.get $36)
                          (i32.load
                           (i32.add
                            (i32.const 84549696)
                            (i32.shl
                             (i32.add
                              (local.get $26)
                              (local.get $35)
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
                         (local.get $41)
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
                    (br_if $loop183
                     (i32.lt_s
                      (local.get $35)
                      (local.get $48)
                     )
                    )
                   )
                  )
                  (local.set $37
                   (i32.lt_s
                    (i32.add
                     (i32.mul
                      (local.get $25)
                      (i32.const 4)
                     )
                     (i32.const 3)
                    )
                    (local.get $32)
                   )
                  )
                  (local.set $36
                   (select
                    (i32.add
                     (i32.load
                      (i32.add
                       (i32.const 84549120)
                       (i32.shl
                        (local.get $14)
                        (i32.const 2)
                       )
                      )
                     )
                     (i32.load
                      (i32.add
                       (i32.const 84549184)
                       (i32.shl
                        (i32.load
                         (i32.add
                          (i32.load offset=4
                           (local.get $13)
                          )
                          (i32.shl
                           (i32.add
                            (i32.mul
                             (local.get $25)
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
                    (local.get $37)
                   )
                  )
                  (block $exit186
                   (local.set $35
                    (i32.const 0)
                   )
                   (local.set $50
                    (local.get $27)
                   )
                   (br_if $exit186
                    (i32.ge_s
                     (local.get $35)
                     (local.get $50)
                    )
                   )
                   (loop $loop187
                    (if
                     (local.get $37)
                     (then
                      (f32.store
                       (i32.add
                        (i32.const 76147584)
                        (i32.shl
                         (i32.add
                          (local.get $36)
                          (i32.load
                           (i32.add
                            (i32.const 84549696)
                            (i32.shl
                             (i32.add
                              (local.get $26)
                              (local.get $35)
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
                         (local.get $41)
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
                    (br_if $loop187
                     (i32.lt_s
                      (local.get $35)
                      (local.get $50)
                     )
                    )
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
                (br_if $loop189
                 (i32.lt_s
                  (local.get $25)
                  (local.get $51)
                 )
                )
               )
              )
              (local.set $24
               (i32.add
                (local.get $24)
                (i32.const 1)
               )
              )
              (br_if $loop195
               (i32.lt_s
                (local.get $24)
                (local.get $54)
               )
              )
             )
            )
           )
          )
          (local.set $12
           (i32.add
            (local.get $12)
            (i32.const 1)
           )
          )
          (br_if $loop197
           (i32.lt_s
            (local.get $12)
            (local.get $55)
           )
          )
         )
        )
        (local.set $17
         (i32.add
          (local.get $17)
          (local.get $57)
         )
        )
        (br_if $loop199
         (i32.lt_s
          (local.get $17)
          (local.get $56)
         )
        )
       )
      )
      (local.set $15
       (i32.add
        (local.get $15)
        (local.get $60)
       )
      )
      (br_if $loop203
       (i32.lt_s
        (local.get $15)
        (local.get $59)
       )
      )
     )
    )
    (local.set $10
     (i32.sub
      (local.get $11)
      (i32.const 1)
     )
    )
    (local.set $10
     (i32.add
      (local.get $10)
      (i32.const 1)
     )
    )
    (br_if $loop205
     (i32.lt_s
      (local.get $10)
      (local.get $61)
     )
    )
   )
  )
 )
 (func $op6_epilogue
  (local $0 i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 f64)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (block
   (block $exit210
    (local.set $0
     (i32.const 0)
    )
    (local.set $7
     (i32.const 8)
    )
    (br_if $exit210
     (i32.ge_s
      (local.get $0)
      (local.get $7)
     )
    )
    (loop $loop211
     (block $exit208
      (local.set $1
       (i32.const 0)
      )
      (local.set $6
       (i32.const 128)
      )
      (br_if $exit208
       (i32.ge_s
        (local.get $1)
        (local.get $6)
       )
      )
      (loop $loop209
       (block $exit206
        (local.set $2
         (i32.const 0)
        )
        (local.set $5
         (i32.const 2048)
        )
        (br_if $exit206
         (i32.ge_s
          (local.get $2)
          (local.get $5)
         )
        )
        (loop $loop207
         (local.set $4
          (f64.promote_f32
           (f32.load
            (i32.add
             (i32.add
              (i32.add
               (i32.const 76147584)
               (i32.mul
                (local.get $0)
                (i32.const 1048576)
               )
              )
              (i32.mul
               (local.get $1)
               (i32.const 8192)
              )
             )
             (i32.mul
              (local.get $2)
              (i32.const 4)
             )
            )
           )
          )
         )
         (f32.store
          (i32.add
           (i32.add
            (i32.add
             (i32.const 67473920)
             (i32.mul
              (local.get $0)
              (i32.const 1048576)
             )
            )
            (i32.mul
             (local.get $1)
             (i32.const 8192)
            )
           )
           (i32.mul
            (local.get $2)
            (i32.const 4)
           )
          )
          (f32.demote_f64
           (f64.mul
            (f64.promote_f32
             (f32.load
              (i32.add
               (i32.add
                (i32.const 67469824)
                (i32.mul
                 (local.get $1)
                 (i32.const 32)
                )
               )
               (i32.mul
                (local.get $0)
                (i32.const 4)
               )
              )
             )
            )
            (select
             (f64.const 0)
             (local.get $4)
             (f64.lt
              (local.get $4)
              (f64.const 0)
             )
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
         (br_if $loop207
          (i32.lt_s
           (local.get $2)
           (local.get $5)
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
       (br_if $loop209
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
     (br_if $loop211
      (i32.lt_s
       (local.get $0)
       (local.get $7)
      )
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
  (block $exit214
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
   (br_if $exit214
    (i32.ge_s
     (local.get $6)
     (local.get $23)
    )
   )
   (loop $loop215
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
         (i32.const 84557888)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 84557952)
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
         (i32.const 84624000)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 84624064)
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
         (i32.const 84557888)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 84557952)
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
         (i32.const 84624000)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 84624064)
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
         (i32.const 84557888)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 84557952)
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
         (i32.const 84624000)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 84624064)
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
         (i32.const 84557888)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 84557952)
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
         (i32.const 84624000)
         (i32.shl
          (local.get $5)
          (i32.const 2)
         )
        )
       )
       (i32.load
        (i32.add
         (i32.const 84624064)
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
    (block $exit212
     (local.set $7
      (i32.const 0)
     )
     (local.set $22
      (local.get $4)
     )
     (br_if $exit212
      (i32.ge_s
       (local.get $7)
       (local.get $22)
      )
     )
     (loop $loop213
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
           (i32.const 67465728)
           (i32.shl
            (i32.add
             (local.get $14)
             (i32.load
              (i32.add
               (i32.const 84558464)
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
           (i32.const 67473920)
           (i32.shl
            (i32.add
             (local.get $18)
             (i32.load
              (i32.add
               (i32.const 84624576)
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
           (i32.const 67465728)
           (i32.shl
            (i32.add
             (local.get $15)
             (i32.load
              (i32.add
               (i32.const 84558464)
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
           (i32.const 67473920)
           (i32.shl
            (i32.add
             (local.get $19)
             (i32.load
              (i32.add
               (i32.const 84624576)
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
           (i32.const 67465728)
           (i32.shl
            (i32.add
             (local.get $16)
             (i32.load
              (i32.add
               (i32.const 84558464)
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
           (i32.const 67473920)
           (i32.shl
            (i32.add
             (local.get $20)
             (i32.load
              (i32.add
               (i32.const 84624576)
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
           (i32.const 67465728)
           (i32.shl
            (i32.add
             (local.get $17)
             (i32.load
              (i32.add
               (i32.const 84558464)
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
           (i32.const 67473920)
           (i32.shl
            (i32.add
             (local.get $21)
             (i32.load
              (i32.add
               (i32.const 84624576)
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
      (br_if $loop213
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
    (br_if $loop215
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
          (i32.const 84690112)
          (i32.shl
           (local.get $5)
           (i32.const 2)
          )
         )
        )
        (i32.load
         (i32.add
          (i32.const 84690176)
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
    (block $exit222
     (local.set $7
      (i32.const 0)
     )
     (local.set $35
      (local.get $2)
     )
     (br_if $exit222
      (i32.ge_s
       (local.get $7)
       (local.get $35)
      )
     )
     (loop $loop223
      (local.set $31
       (i32.add
        (local.get $30)
        (i32.shl
         (i32.load
          (i32.add
           (i32.const 84692224)
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
      (block $exit220
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
       (br_if $exit220
        (i32.ge_s
         (local.get $6)
         (local.get $34)
        )
       )
       (loop $loop221
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
        (br_if $loop221
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
      (br_if $loop223
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
    (block $exit218
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
     (br_if $exit218
      (i32.ge_s
       (local.get $6)
       (local.get $29)
      )
     )
     (loop $loop219
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
           (i32.const 84690112)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 84690176)
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
           (i32.const 84690112)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 84690176)
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
           (i32.const 84690112)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 84690176)
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
           (i32.const 84690112)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 84690176)
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
           (i32.const 84690112)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 84690176)
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
           (i32.const 84690112)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 84690176)
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
           (i32.const 84690112)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 84690176)
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
           (i32.const 84690112)
           (i32.shl
            (local.get $5)
            (i32.const 2)
           )
          )
         )
         (i32.load
          (i32.add
           (i32.const 84690176)
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
      (block $exit216
       (local.set $7
        (i32.const 0)
       )
       (local.set $28
        (local.get $2)
       )
       (br_if $exit216
        (i32.ge_s
         (local.get $7)
         (local.get $28)
        )
       )
       (loop $loop217
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
                (i32.const 84692224)
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
                  (i32.const 84692224)
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
                  (i32.const 84692224)
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
                  (i32.const 84692224)
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
                  (i32.const 84692224)
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
                  (i32.const 84692224)
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
                  (i32.const 84692224)
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
                  (i32.const 84692224)
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
                  (i32.const 84692224)
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
        (br_if $loop217
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
      (br_if $loop219
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
 (func $op7 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
  (local $5 i32)
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
  (local.set $30
   (local.get $4)
  )
  (local.set $31
   (i32.add
    (local.get $4)
    (i32.const 65536)
   )
  )
  (local.set $32
   (i32.add
    (local.get $31)
    (i32.const 524288)
   )
  )
  (local.set $33
   (i32.add
    (local.get $32)
    (i32.const 16)
   )
  )
  (local.set $34
   (i32.add
    (local.get $33)
    (i32.const 128)
   )
  )
  (block $exit254
   (local.set $5
    (i32.const 0)
   )
   (local.set $50
    (local.get $1)
   )
   (br_if $exit254
    (i32.ge_s
     (local.get $5)
     (local.get $50)
    )
   )
   (loop $loop255
    (local.set $6
     (i32.add
      (local.get $0)
      (i32.mul
       (local.get $5)
       (i32.const 40)
      )
     )
    )
    (local.set $7
     (i32.load
      (local.get $6)
     )
    )
    (local.set $8
     (i32.load offset=4
      (local.get $6)
     )
    )
    (local.set $9
     (i32.load offset=8
      (local.get $6)
     )
    )
    (local.set $10
     (i32.load offset=12
      (local.get $6)
     )
    )
    (local.set $11
     (i32.load offset=16
      (local.get $6)
     )
    )
    (local.set $12
     (i32.load offset=20
      (local.get $6)
     )
    )
    (local.set $13
     (i32.load offset=24
      (local.get $6)
     )
    )
    (local.set $14
     (i32.const 0)
    )
    (block $exit248
     (local.set $28
      (i32.const 0)
     )
     (local.set $47
      (local.get $13)
     )
     (br_if $exit248
      (i32.ge_s
       (local.get $28)
       (local.get $47)
      )
     )
     (loop $loop249
      (if
       (i32.lt_s
        (i32.load
         (i32.add
          (local.get $12)
          (i32.shl
           (local.get $28)
           (i32.const 2)
          )
         )
        )
        (local.get $2)
       )
       (then
        (local.set $14
         (i32.add
          (local.get $28)
          (i32.const 1)
         )
        )
       )
      )
      (local.set $28
       (i32.add
        (local.get $28)
        (i32.const 1)
       )
      )
      (br_if $loop249
       (i32.lt_s
        (local.get $28)
        (local.get $47)
       )
      )
     )
    )
    (local.set $15
     (local.get $14)
    )
    (block $exit250
     (local.set $28
      (local.get $14)
     )
     (local.set $48
      (local.get $13)
     )
     (br_if $exit250
      (i32.ge_s
       (local.get $28)
       (local.get $48)
      )
     )
     (loop $loop251
      (if
       (i32.lt_s
        (i32.load
         (i32.add
          (local.get $12)
          (i32.shl
           (local.get $28)
           (i32.const 2)
          )
         )
        )
        (local.get $3)
       )
       (then
        (local.set $15
         (i32.add
          (local.get $28)
          (i32.const 1)
         )
        )
       )
      )
      (local.set $28
       (i32.add
        (local.get $28)
        (i32.const 1)
       )
      )
      (br_if $loop251
       (i32.lt_s
        (local.get $28)
        (local.get $48)
       )
      )
     )
    )
    (block $exit252
     (local.set $16
      (local.get $14)
     )
     (local.set $49
      (local.get $15)
     )
     (br_if $exit252
      (i32.ge_s
       (local.get $16)
       (local.get $49)
      )
     )
     (loop $loop253
      (local.set $17
       (select
        (i32.const 512)
        (i32.sub
         (local.get $15)
         (local.get $16)
        )
        (i32.lt_s
         (i32.const 512)
         (i32.sub
          (local.get $15)
          (local.get $16)
         )
        )
       )
      )
      (block $exit246
       (local.set $18
        (i32.const 0)
       )
       (local.set $46
        (local.get $11)
       )
       (br_if $exit246
        (i32.ge_s
         (local.get $18)
         (local.get $46)
        )
       )
       (loop $loop247
        (local.set $19
         (select
          (i32.const 256)
          (i32.sub
           (local.get $11)
           (local.get $18)
          )
          (i32.lt_s
           (i32.const 256)
           (i32.sub
            (local.get $11)
            (local.get $18)
           )
          )
         )
        )
        (call $op7_packB
         (local.get $31)
         (i32.add
          (local.get $10)
          (i32.shl
           (local.get $18)
           (i32.const 2)
          )
         )
         (local.get $19)
         (i32.add
          (local.get $12)
          (i32.shl
           (local.get $16)
           (i32.const 2)
          )
         )
         (local.get $17)
         (local.get $7)
        )
        (block $exit244
         (local.set $20
          (i32.const 0)
         )
         (local.set $45
          (local.get $9)
         )
         (br_if $exit244
          (i32.ge_s
           (local.get $20)
           (local.get $45)
          )
         )
         (loop $loop245
          (local.set $21
           (select
            (i32.const 64)
            (i32.sub
             (local.get $9)
             (local.get $20)
            )
            (i32.lt_s
             (i32.const 64)
             (i32.sub
              (local.get $9)
              (local.get $20)
             )
            )
           )
          )
          (call $op7_packA
           (local.get $30)
           (i32.add
            (local.get $8)
            (i32.shl
             (local.get $20)
             (i32.const 2)
            )
           )
           (local.get $21)
           (i32.add
            (local.get $10)
            (i32.shl
             (local.get $18)
             (i32.const 2)
            )
           )
           (local.get $19)
           (local.get $7)
          )
          (block $exit242
           (local.set $22
            (i32.const 0)
           )
           (local.set $44
            (i32.div_s
             (i32.add
              (local.get $17)
              (i32.const 7)
             )
             (i32.const 8)
            )
           )
           (br_if $exit242
            (i32.ge_s
             (local.get $22)
             (local.get $44)
            )
           )
           (loop $loop243
            (local.set $24
             (i32.add
              (local.get $16)
              (i32.mul
               (local.get $22)
               (i32.const 8)
              )
             )
            )
            (local.set $25
             (select
              (i32.const 8)
              (i32.sub
               (local.get $17)
               (i32.mul
                (local.get $22)
                (i32.const 8)
               )
              )
              (i32.lt_s
               (i32.const 8)
               (i32.sub
                (local.get $17)
                (i32.mul
                 (local.get $22)
                 (i32.const 8)
                )
               )
              )
             )
            )
            (local.set $26
             (i32.and
              (i32.eq
               (local.get $25)
               (i32.const 8)
              )
              (i32.eq
               (i32.sub
                (i32.load
                 (i32.add
                  (local.get $12)
                  (i32.shl
                   (i32.add
                    (local.get $24)
                    (i32.const 7)
                   )
                   (i32.const 2)
                  )
                 )
                )
                (i32.load
                 (i32.add
                  (local.get $12)
                  (i32.shl
                   (local.get $24)
                   (i32.const 2)
                  )
                 )
                )
               )
               (i32.const 7)
              )
             )
            )
            (block $exit240
             (local.set $23
              (i32.const 0)
             )
             (local.set $43
              (i32.div_s
               (i32.add
                (local.get $21)
                (i32.const 3)
               )
               (i32.const 4)
              )
             )
             (br_if $exit240
              (i32.ge_s
               (local.get $23)
               (local.get $43)
              )
             )
             (loop $loop241
              (if
               (local.get $26)
               (then
                (i32.store
                 (local.get $32)
                 (select
                  (i32.add
                   (i32.const 75862528)
                   (i32.shl
                    (i32.add
                     (i32.add
                      (i32.load
                       (i32.add
                        (i32.const 84757760)
                        (i32.shl
                         (local.get $7)
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.load
                       (i32.add
                        (i32.const 84757824)
                        (i32.shl
                         (i32.load
                          (i32.add
                           (local.get $8)
                           (i32.shl
                            (i32.add
                             (i32.add
                              (local.get $20)
                              (i32.mul
                               (local.get $23)
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
                       (i32.const 84758336)
                       (i32.shl
                        (i32.load
                         (i32.add
                          (local.get $12)
                          (i32.shl
                           (i32.add
                            (local.get $24)
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
                  (local.get $34)
                  (i32.lt_s
                   (i32.add
                    (i32.mul
                     (local.get $23)
                     (i32.const 4)
                    )
                    (i32.const 0)
                   )
                   (local.get $21)
                  )
                 )
                )
                (i32.store offset=4
                 (local.get $32)
                 (select
                  (i32.add
                   (i32.const 75862528)
                   (i32.shl
                    (i32.add
                     (i32.add
                      (i32.load
                       (i32.add
                        (i32.const 84757760)
                        (i32.shl
                         (local.get $7)
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.load
                       (i32.add
                        (i32.const 84757824)
                        (i32.shl
                         (i32.load
                          (i32.add
                           (local.get $8)
                           (i32.shl
                            (i32.add
                             (i32.add
                              (local.get $20)
                              (i32.mul
                               (local.get $23)
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
                       (i32.const 84758336)
                       (i32.shl
                        (i32.load
                         (i32.add
                          (local.get $12)
                          (i32.shl
                           (i32.add
                            (local.get $24)
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
                  (local.get $34)
                  (i32.lt_s
                   (i32.add
                    (i32.mul
                     (local.get $23)
                     (i32.const 4)
                    )
                    (i32.const 1)
                   )
                   (local.get $21)
                  )
                 )
                )
                (i32.store offset=8
                 (local.get $32)
                 (select
                  (i32.add
                   (i32.const 75862528)
                   (i32.shl
                    (i32.add
                     (i32.add
                      (i32.load
                       (i32.add
                        (i32.const 84757760)
                        (i32.shl
                         (local.get $7)
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.load
                       (i32.add
                        (i32.const 84757824)
                        (i32.shl
                         (i32.load
                          (i32.add
                           (local.get $8)
                           (i32.shl
                            (i32.add
                             (i32.add
                              (local.get $20)
                              (i32.mul
                               (local.get $23)
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
                       (i32.const 84758336)
                       (i32.shl
                        (i32.load
                         (i32.add
                          (local.get $12)
                          (i32.shl
                           (i32.add
                            (local.get $24)
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
                  (local.get $34)
                  (i32.lt_s
                   (i32.add
                    (i32.mul
                     (local.get $23)
                     (i32.const 4)
                    )
                    (i32.const 2)
                   )
                   (local.get $21)
                  )
                 )
                )
                (i32.store offset=12
                 (local.get $32)
                 (select
                  (i32.add
                   (i32.const 75862528)
                   (i32.shl
                    (i32.add
                     (i32.add
                      (i32.load
                       (i32.add
                        (i32.const 84757760)
                        (i32.shl
                         (local.get $7)
                         (i32.const 2)
                        )
                       )
                      )
                      (i32.load
                       (i32.add
                        (i32.const 84757824)
                        (i32.shl
                         (i32.load
                          (i32.add
                           (local.get $8)
                           (i32.shl
                            (i32.add
                             (i32.add
                              (local.get $20)
                              (i32.mul
                               (local.get $23)
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
                       (i32.const 84758336)
                       (i32.shl
                        (i32.load
                         (i32.add
                          (local.get $12)
                          (i32.shl
                           (i32.add
                            (local.get $24)
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
                  (local.get $34)
                  (i32.lt_s
                   (i32.add
                    (i32.mul
                     (local.get $23)
                     (i32.const 4)
                    )
                    (i32.const 3)
                   )
                   (local.get $21)
                  )
                 )
                )
                (call $microkernel_4x8
                 (i32.add
                  (local.get $30)
                  (i32.mul
                   (local.get $23)
                   (i32.mul
                    (local.get $19)
                    (i32.const 16)
                   )
                  )
                 )
                 (i32.add
                  (local.get $31)
                  (i32.mul
                   (local.get $22)
                   (i32.mul
                    (local.get $19)
                    (i32.const 32)
                   )
                  )
                 )
                 (local.get $19)
                 (local.get $32)
                )
               )
               (else
                (i32.store
                 (local.get $32)
                 (i32.add
                  (local.get $33)
                  (i32.const 0)
                 )
                )
                (local.set $29
                 (i32.lt_s
                  (i32.add
                   (i32.mul
                    (local.get $23)
                    (i32.const 4)
                   )
                   (i32.const 0)
                  )
                  (local.get $21)
                 )
                )
                (local.set $27
                 (select
                  (i32.add
                   (i32.load
                    (i32.add
                     (i32.const 84757760)
                     (i32.shl
                      (local.get $7)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 84757824)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (local.get $8)
                        (i32.shl
                         (i32.add
                          (i32.add
                           (local.get $20)
                           (i32.mul
                            (local.get $23)
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
                  (local.get $29)
                 )
                )
                (block $exit224
                 (local.set $28
                  (i32.const 0)
                 )
                 (local.set $35
                  (i32.const 8)
                 )
                 (br_if $exit224
                  (i32.ge_s
                   (local.get $28)
                   (local.get $35)
                  )
                 )
                 (loop $loop225
                  (f32.store
                   (i32.add
                    (local.get $33)
                    (i32.add
                     (i32.const 0)
                     (i32.shl
                      (local.get $28)
                      (i32.const 2)
                     )
                    )
                   )
                   (select
                    (f32.load
                     (i32.add
                      (i32.const 75862528)
                      (i32.shl
                       (i32.add
                        (local.get $27)
                        (i32.load
                         (i32.add
                          (i32.const 84758336)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (local.get $12)
                             (i32.shl
                              (i32.add
                               (local.get $24)
                               (local.get $28)
                              )
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
                     (local.get $29)
                     (i32.lt_s
                      (local.get $28)
                      (local.get $25)
                     )
                    )
                   )
                  )
                  (local.set $28
                   (i32.add
                    (local.get $28)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop225
                   (i32.lt_s
                    (local.get $28)
                    (local.get $35)
                   )
                  )
                 )
                )
                (i32.store offset=4
                 (local.get $32)
                 (i32.add
                  (local.get $33)
                  (i32.const 32)
                 )
                )
                (local.set $29
                 (i32.lt_s
                  (i32.add
                   (i32.mul
                    (local.get $23)
                    (i32.const 4)
                   )
                   (i32.const 1)
                  )
                  (local.get $21)
                 )
                )
                (local.set $27
                 (select
                  (i32.add
                   (i32.load
                    (i32.add
                     (i32.const 84757760)
                     (i32.shl
                      (local.get $7)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 84757824)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (local.get $8)
                        (i32.shl
                         (i32.add
                          (i32.add
                           (local.get $20)
                           (i32.mul
                            (local.get $23)
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
                  (local.get $29)
                 )
                )
                (block $exit228
                 (local.set $28
                  (i32.const 0)
                 )
                 (local.set $37
                  (i32.const 8)
                 )
                 (br_if $exit228
                  (i32.ge_s
                   (local.get $28)
                   (local.get $37)
                  )
                 )
                 (loop $loop229
                  (f32.store
                   (i32.add
                    (local.get $33)
                    (i32.add
                     (i32.const 32)
                     (i32.shl
                      (local.get $28)
                      (i32.const 2)
                     )
                    )
                   )
                   (select
                    (f32.load
                     (i32.add
                      (i32.const 75862528)
                      (i32.shl
                       (i32.add
                        (local.get $27)
                        (i32.load
                         (i32.add
                          (i32.const 84758336)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (local.get $12)
                             (i32.shl
                              (i32.add
                               (local.get $24)
                               (local.get $28)
                              )
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
                     (local.get $29)
                     (i32.lt_s
                      (local.get $28)
                      (local.get $25)
                     )
                    )
                   )
                  )
                  (local.set $28
                   (i32.add
                    (local.get $28)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop229
                   (i32.lt_s
                    (local.get $28)
                    (local.get $37)
                   )
                  )
                 )
                )
                (i32.store offset=8
                 (local.get $32)
                 (i32.add
                  (local.get $33)
                  (i32.const 64)
                 )
                )
                (local.set $29
                 (i32.lt_s
                  (i32.add
                   (i32.mul
                    (local.get $23)
                    (i32.const 4)
                   )
                   (i32.const 2)
                  )
                  (local.get $21)
                 )
                )
                (local.set $27
                 (select
                  (i32.add
                   (i32.load
                    (i32.add
                     (i32.const 84757760)
                     (i32.shl
                      (local.get $7)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 84757824)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (local.get $8)
                        (i32.shl
                         (i32.add
                          (i32.add
                           (local.get $20)
                           (i32.mul
                            (local.get $23)
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
                  (local.get $29)
                 )
                )
                (block $exit232
                 (local.set $28
                  (i32.const 0)
                 )
                 (local.set $39
                  (i32.const 8)
                 )
                 (br_if $exit232
                  (i32.ge_s
                   (local.get $28)
                   (local.get $39)
                  )
                 )
                 (loop $loop233
                  (f32.store
                   (i32.add
                    (local.get $33)
                    (i32.add
                     (i32.const 64)
                     (i32.shl
                      (local.get $28)
                      (i32.const 2)
                     )
                    )
                   )
                   (select
                    (f32.load
                     (i32.add
                      (i32.const 75862528)
                      (i32.shl
                       (i32.add
                        (local.get $27)
                        (i32.load
                         (i32.add
                          (i32.const 84758336)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (local.get $12)
                             (i32.shl
                              (i32.add
                               (local.get $24)
                               (local.get $28)
                              )
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
                     (local.get $29)
                     (i32.lt_s
                      (local.get $28)
                      (local.get $25)
                     )
                    )
                   )
                  )
                  (local.set $28
                   (i32.add
                    (local.get $28)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop233
                   (i32.lt_s
                    (local.get $28)
                    (local.get $39)
                   )
                  )
                 )
                )
                (i32.store offset=12
                 (local.get $32)
                 (i32.add
                  (local.get $33)
                  (i32.const 96)
                 )
                )
                (local.set $29
                 (i32.lt_s
                  (i32.add
                   (i32.mul
                    (local.get $23)
                    (i32.const 4)
                   )
                   (i32.const 3)
                  )
                  (local.get $21)
                 )
                )
                (local.set $27
                 (select
                  (i32.add
                   (i32.load
                    (i32.add
                     (i32.const 84757760)
                     (i32.shl
                      (local.get $7)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 84757824)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (local.get $8)
                        (i32.shl
                         (i32.add
                          (i32.add
                           (local.get $20)
                           (i32.mul
                            (local.get $23)
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
                  (local.get $29)
                 )
                )
                (block $exit236
                 (local.set $28
                  (i32.const 0)
                 )
                 (local.set $41
                  (i32.const 8)
                 )
                 (br_if $exit236
                  (i32.ge_s
                   (local.get $28)
                   (local.get $41)
                  )
                 )
                 (loop $loop237
                  (f32.store
                   (i32.add
                    (local.get $33)
                    (i32.add
                     (i32.const 96)
                     (i32.shl
                      (local.get $28)
                      (i32.const 2)
                     )
                    )
                   )
                   (select
                    (f32.load
                     (i32.add
                      (i32.const 75862528)
                      (i32.shl
                       (i32.add
                        (local.get $27)
                        (i32.load
                         (i32.add
                          (i32.const 84758336)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (local.get $12)
                             (i32.shl
                              (i32.add
                               (local.get $24)
                               (local.get $28)
                              )
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
                     (local.get $29)
                     (i32.lt_s
                      (local.get $28)
                      (local.get $25)
                     )
                    )
                   )
                  )
                  (local.set $28
                   (i32.add
                    (local.get $28)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop237
                   (i32.lt_s
                    (local.get $28)
                    (local.get $41)
                   )
                  )
                 )
                )
                (call $microkernel_4x8
                 (i32.add
                  (local.get $30)
                  (i32.mul
                   (local.get $23)
                   (i32.mul
                    (local.get $19)
                    (i32.const 16)
                   )
                  )
                 )
                 (i32.add
                  (local.get $31)
                  (i32.mul
                   (local.get $22)
                   (i32.mul
                    (local.get $19)
                    (i32.const 32)
                   )
                  )
                 )
                 (local.get $19)
                 (local.get $32)
                )
                (local.set $29
                 (i32.lt_s
                  (i32.add
                   (i32.mul
                    (local.get $23)
                    (i32.const 4)
                   )
                   (i32.const 0)
                  )
                  (local.get $21)
                 )
                )
                (local.set $27
                 (select
                  (i32.add
                   (i32.load
                    (i32.add
                     (i32.const 84757760)
                     (i32.shl
                      (local.get $7)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 84757824)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (local.get $8)
                        (i32.shl
                         (i32.add
                          (i32.add
                           (local.get $20)
                           (i32.mul
                            (local.get $23)
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
                  (local.get $29)
                 )
                )
                (block $exit226
                 (local.set $28
                  (i32.const 0)
                 )
                 (local.set $36
                  (local.get $25)
                 )
                 (br_if $exit226
                  (i32.ge_s
                   (local.get $28)
                   (local.get $36)
                  )
                 )
                 (loop $loop227
                  (if
                   (local.get $29)
                   (then
                    (f32.store
                     (i32.add
                      (i32.const 75862528)
                      (i32.shl
                       (i32.add
                        (local.get $27)
                        (i32.load
                         (i32.add
                          (i32.const 84758336)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (local.get $12)
                             (i32.shl
                              (i32.add
                               (local.get $24)
                               (local.get $28)
                              )
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
                       (local.get $33)
                       (i32.add
                        (i32.const 0)
                        (i32.shl
                         (local.get $28)
                         (i32.const 2)
                        )
                       )
                      )
                     )
                    )
                   )
                  )
                  (local.set $28
                   (i32.add
                    (local.get $28)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop227
                   (i32.lt_s
                    (local.get $28)
                    (local.get $36)
                   )
                  )
                 )
                )
                (local.set $29
                 (i32.lt_s
                  (i32.add
                   (i32.mul
                    (local.get $23)
                    (i32.const 4)
                   )
                   (i32.const 1)
                  )
                  (local.get $21)
                 )
                )
                (local.set $27
                 (select
                  (i32.add
                   (i32.load
                    (i32.add
                     (i32.const 84757760)
                     (i32.shl
                      (local.get $7)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 84757824)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (local.get $8)
                        (i32.shl
                         (i32.add
                          (i32.add
                           (local.get $20)
                           (i32.mul
                            (local.get $23)
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
                  (local.get $29)
                 )
                )
                (block $exit230
                 (local.set $28
                  (i32.const 0)
                 )
                 (local.set $38
                  (local.get $25)
                 )
                 (br_if $exit230
                  (i32.ge_s
                   (local.get $28)
                   (local.get $38)
                  )
                 )
                 (loop $loop231
                  (if
                   (local.get $29)
                   (then
                    (f32.store
                     (i32.add
                      (i32.const 75862528)
                      (i32.shl
                       (i32.add
                        (local.get $27)
                        (i32.load
                         (i32.add
                          (i32.const 84758336)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (local.get $12)
                             (i32.shl
                              (i32.add
                               (local.get $24)
                               (local.get $28)
                              )
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
                       (local.get $33)
                       (i32.add
                        (i32.const 32)
                        (i32.shl
                         (local.get $28)
                         (i32.const 2)
                        )
                       )
                      )
                     )
                    )
                   )
                  )
                  (local.set $28
                   (i32.add
                    (local.get $28)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop231
                   (i32.lt_s
                    (local.get $28)
                    (local.get $38)
                   )
                  )
                 )
                )
                (local.set $29
                 (i32.lt_s
                  (i32.add
                   (i32.mul
                    (local.get $23)
                    (i32.const 4)
                   )
                   (i32.const 2)
                  )
                  (local.get $21)
                 )
                )
                (local.set $27
                 (select
                  (i32.add
                   (i32.load
                    (i32.add
                     (i32.const 84757760)
                     (i32.shl
                      (local.get $7)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 84757824)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (local.get $8)
                        (i32.shl
                         (i32.add
                          (i32.add
                           (local.get $20)
                           (i32.mul
                            (local.get $23)
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
                  (local.get $29)
                 )
                )
                (block $exit234
                 (local.set $28
                  (i32.const 0)
                 )
                 (local.set $40
                  (local.get $25)
                 )
                 (br_if $exit234
                  (i32.ge_s
                   (local.get $28)
                   (local.get $40)
                  )
                 )
                 (loop $loop235
                  (if
                   (local.get $29)
                   (then
                    (f32.store
                     (i32.add
                      (i32.const 75862528)
                      (i32.shl
                       (i32.add
                        (local.get $27)
                        (i32.load
                         (i32.add
                          (i32.const 84758336)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (local.get $12)
                             (i32.shl
                              (i32.add
                               (local.get $24)
                               (local.get $28)
                              )
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
                       (local.get $33)
                       (i32.add
                        (i32.const 64)
                        (i32.shl
                         (local.get $28)
                         (i32.const 2)
                        )
                       )
                      )
                     )
                    )
                   )
                  )
                  (local.set $28
                   (i32.add
                    (local.get $28)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop235
                   (i32.lt_s
                    (local.get $28)
                    (local.get $40)
                   )
                  )
                 )
                )
                (local.set $29
                 (i32.lt_s
                  (i32.add
                   (i32.mul
                    (local.get $23)
                    (i32.const 4)
                   )
                   (i32.const 3)
                  )
                  (local.get $21)
                 )
                )
                (local.set $27
                 (select
                  (i32.add
                   (i32.load
                    (i32.add
                     (i32.const 84757760)
                     (i32.shl
                      (local.get $7)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.load
                    (i32.add
                     (i32.const 84757824)
                     (i32.shl
                      (i32.load
                       (i32.add
                        (local.get $8)
                        (i32.shl
                         (i32.add
                          (i32.add
                           (local.get $20)
                           (i32.mul
                            (local.get $23)
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
                  (local.get $29)
                 )
                )
                (block $exit238
                 (local.set $28
                  (i32.const 0)
                 )
                 (local.set $42
                  (local.get $25)
                 )
                 (br_if $exit238
                  (i32.ge_s
                   (local.get $28)
                   (local.get $42)
                  )
                 )
                 (loop $loop239
                  (if
                   (local.get $29)
                   (then
                    (f32.store
                     (i32.add
                      (i32.const 75862528)
                      (i32.shl
                       (i32.add
                        (local.get $27)
                        (i32.load
                         (i32.add
                          (i32.const 84758336)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (local.get $12)
                             (i32.shl
                              (i32.add
                               (local.get $24)
                               (local.get $28)
                              )
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
                       (local.get $33)
                       (i32.add
                        (i32.const 96)
                        (i32.shl
                         (local.get $28)
                         (i32.const 2)
                        )
                       )
                      )
                     )
                    )
                   )
                  )
                  (local.set $28
                   (i32.add
                    (local.get $28)
                    (i32.const 1)
                   )
                  )
                  (br_if $loop239
                   (i32.lt_s
                    (local.get $28)
                    (local.get $42)
                   )
                  )
                 )
                )
               )
              )
              (local.set $23
               (i32.add
                (local.get $23)
                (i32.const 1)
               )
              )
              (br_if $loop241
               (i32.lt_s
                (local.get $23)
                (local.get $43)
               )
              )
             )
            )
            (local.set $22
             (i32.add
              (local.get $22)
              (i32.const 1)
             )
            )
            (br_if $loop243
             (i32.lt_s
              (local.get $22)
              (local.get $44)
             )
            )
           )
          )
          (local.set $20
           (i32.add
            (local.get $20)
            (i32.const 64)
           )
          )
          (br_if $loop245
           (i32.lt_s
            (local.get $20)
            (local.get $45)
           )
          )
         )
        )
        (local.set $18
         (i32.add
          (local.get $18)
          (i32.const 256)
         )
        )
        (br_if $loop247
         (i32.lt_s
          (local.get $18)
          (local.get $46)
         )
        )
       )
      )
      (local.set $16
       (i32.add
        (local.get $16)
        (i32.const 512)
       )
      )
      (br_if $loop253
       (i32.lt_s
        (local.get $16)
        (local.get $49)
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
    (br_if $loop255
     (i32.lt_s
      (local.get $5)
      (local.get $50)
     )
    )
   )
  )
 )
 (func $op7_prepack (param $0 i32) (param $1 i32)
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
       (i32.const 40)
      )
     )
    )
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
  (local.set $38
   (local.get $4)
  )
  (local.set $40
   (i32.add
    (local.get $38)
    (i32.const 524288)
   )
  )
  (local.set $41
   (i32.add
    (local.get $40)
    (i32.const 16)
   )
  )
  (local.set $42
   (i32.add
    (local.get $41)
    (i32.const 128)
   )
  )
  (block $exit290
   (local.set $10
    (i32.const 0)
   )
   (local.set $61
    (local.get $1)
   )
   (br_if $exit290
    (i32.ge_s
     (local.get $10)
     (local.get $61)
    )
   )
   (loop $loop291
    (local.set $13
     (i32.add
      (local.get $0)
      (i32.mul
       (local.get $10)
       (i32.const 40)
      )
     )
    )
    (local.set $14
     (i32.load
      (local.get $13)
     )
    )
    (local.set $11
     (i32.add
      (local.get $10)
      (i32.const 1)
     )
    )
    (block
     (block $exit286
      (local.set $12
       (local.get $11)
      )
      (local.set $58
       (local.get $1)
      )
      (br_if $exit286
       (i32.ge_s
        (local.get $12)
        (local.get $58)
       )
      )
      (loop $loop287
       (if
        (i32.ne
         (i32.load
          (i32.add
           (local.get $0)
           (i32.mul
            (local.get $12)
            (i32.const 40)
           )
          )
         )
         (local.get $14)
        )
        (then
         (local.set $12
          (local.get $1)
         )
        )
        (else
         (local.set $11
          (i32.add
           (local.get $12)
           (i32.const 1)
          )
         )
        )
       )
       (local.set $12
        (i32.add
         (local.get $12)
         (i32.const 1)
        )
       )
       (br_if $loop287
        (i32.lt_s
         (local.get $12)
         (local.get $58)
        )
       )
      )
     )
    )
    (block $exit288
     (local.set $15
      (local.get $2)
     )
     (local.set $59
      (local.get $3)
     )
     (local.set $60
      (local.get $9)
     )
     (br_if $exit288
      (i32.ge_s
       (local.get $15)
       (local.get $59)
      )
     )
     (loop $loop289
      (local.set $16
       (select
        (local.get $9)
        (i32.sub
         (local.get $3)
         (local.get $15)
        )
        (i32.lt_s
         (local.get $9)
         (i32.sub
          (local.get $3)
          (local.get $15)
         )
        )
       )
      )
      (block $exit284
       (local.set $17
        (i32.const 0)
       )
       (local.set $56
        (i32.const 16384)
       )
       (local.set $57
        (local.get $8)
       )
       (br_if $exit284
        (i32.ge_s
         (local.get $17)
         (local.get $56)
        )
       )
       (loop $loop285
        (local.set $18
         (select
          (local.get $8)
          (i32.sub
           (i32.const 16384)
           (local.get $17)
          )
          (i32.lt_s
           (local.get $8)
           (i32.sub
            (i32.const 16384)
            (local.get $17)
           )
          )
         )
        )
        (if
         (i32.eqz
          (local.get $7)
         )
         (then
          (call $op7_packB
           (local.get $38)
           (i32.add
            (local.get $5)
            (i32.shl
             (local.get $17)
             (i32.const 2)
            )
           )
           (local.get $18)
           (i32.add
            (local.get $6)
            (i32.shl
             (local.get $15)
             (i32.const 2)
            )
           )
           (local.get $16)
           (local.get $14)
          )
         )
        )
        (block $exit282
         (local.set $12
          (local.get $10)
         )
         (local.set $55
          (local.get $11)
         )
         (br_if $exit282
          (i32.ge_s
           (local.get $12)
           (local.get $55)
          )
         )
         (loop $loop283
          (local.set $13
           (i32.add
            (local.get $0)
            (i32.mul
             (local.get $12)
             (i32.const 40)
            )
           )
          )
          (local.set $32
           (i32.load offset=8
            (local.get $13)
           )
          )
          (local.set $33
           (i32.load offset=16
            (local.get $13)
           )
          )
          (local.set $34
           (i32.load offset=28
            (local.get $13)
           )
          )
          (local.set $21
           (i32.const 0)
          )
          (local.set $22
           (local.get $33)
          )
          (block
           (block $exit276
            (local.set $23
             (i32.const 0)
            )
            (local.set $52
             (i32.const 32)
            )
            (br_if $exit276
             (i32.ge_s
              (local.get $23)
              (local.get $52)
             )
            )
            (loop $loop277
             (if
              (i32.ge_s
               (local.get $21)
               (local.get $22)
              )
              (then
               (local.set $23
                (i32.const 32)
               )
              )
              (else
               (local.set $26
                (i32.div_s
                 (i32.add
                  (local.get $21)
                  (local.get $22)
                 )
                 (i32.const 2)
                )
               )
               (if
                (i32.lt_s
                 (i32.load
                  (i32.add
                   (i32.load offset=12
                    (local.get $13)
                   )
                   (i32.shl
                    (local.get $26)
                    (i32.const 2)
                   )
                  )
                 )
                 (local.get $17)
                )
                (then
                 (local.set $21
                  (i32.add
                   (local.get $26)
                   (i32.const 1)
                  )
                 )
                )
                (else
                 (local.set $22
                  (local.get $26)
                 )
                )
               )
              )
             )
             (local.set $23
              (i32.add
               (local.get $23)
               (i32.const 1)
              )
             )
             (br_if $loop277
              (i32.lt_s
               (local.get $23)
               (local.get $52)
              )
             )
            )
           )
          )
          (local.set $19
           (local.get $21)
          )
          (local.set $21
           (i32.const 0)
          )
          (local.set $22
           (local.get $33)
          )
          (block
           (block $exit278
            (local.set $23
             (i32.const 0)
            )
            (local.set $53
             (i32.const 32)
            )
            (br_if $exit278
             (i32.ge_s
              (local.get $23)
              (local.get $53)
             )
            )
            (loop $loop279
             (if
              (i32.ge_s
               (local.get $21)
               (local.get $22)
              )
              (then
               (local.set $23
                (i32.const 32)
               )
              )
              (else
               (local.set $26
                (i32.div_s
                 (i32.add
                  (local.get $21)
                  (local.get $22)
                 )
                 (i32.const 2)
                )
               )
               (if
                (i32.lt_s
                 (i32.load
                  (i32.add
                   (i32.load offset=12
                    (local.get $13)
                   )
                   (i32.shl
                    (local.get $26)
                    (i32.const 2)
                   )
                  )
                 )
                 (i32.add
                  (local.get $17)
                  (local.get $18)
                 )
                )
                (then
                 (local.set $21
                  (i32.add
                   (local.get $26)
                   (i32.const 1)
                  )
                 )
                )
                (else
                 (local.set $22
                  (local.get $26)
                 )
                )
               )
              )
             )
             (local.set $23
              (i32.add
               (local.get $23)
               (i32.const 1)
              )
             )
             (br_if $loop279
              (i32.lt_s
               (local.get $23)
               (local.get $53)
              )
             )
            )
           )
          )
          (local.set $20
           (local.get $21)
          )
          (local.set $39
           (i32.and
            (i32.eqz
             (local.get $7)
            )
            (i32.eq
             (i32.sub
              (i32.load
               (i32.add
                (i32.load offset=12
                 (local.get $13)
                )
                (i32.shl
                 (i32.sub
                  (local.get $20)
                  (i32.const 1)
                 )
                 (i32.const 2)
                )
               )
              )
              (i32.load
               (i32.add
                (i32.load offset=12
                 (local.get $13)
                )
                (i32.shl
                 (local.get $19)
                 (i32.const 2)
                )
               )
              )
             )
             (i32.sub
              (i32.sub
               (local.get $20)
               (local.get $19)
              )
              (i32.const 1)
             )
            )
           )
          )
          (if
           (i32.lt_s
            (local.get $19)
            (local.get $20)
           )
           (then
            (block $exit280
             (local.set $24
              (i32.const 0)
             )
             (local.set $54
              (i32.div_s
               (i32.add
                (local.get $16)
                (i32.const 7)
               )
               (i32.const 8)
              )
             )
             (br_if $exit280
              (i32.ge_s
               (local.get $24)
               (local.get $54)
              )
             )
             (loop $loop281
              (local.set $26
               (i32.add
                (local.get $15)
                (i32.mul
                 (local.get $24)
                 (i32.const 8)
                )
               )
              )
              (local.set $27
               (select
                (i32.const 8)
                (i32.sub
                 (i32.add
                  (local.get $15)
                  (local.get $16)
                 )
                 (local.get $26)
                )
                (i32.lt_s
                 (i32.const 8)
                 (i32.sub
                  (i32.add
                   (local.get $15)
                   (local.get $16)
                  )
                  (local.get $26)
                 )
                )
               )
              )
              (local.set $28
               (i32.eq
                (local.get $27)
                (i32.const 8)
               )
              )
              (if
               (local.get $7)
               (then
                (local.set $29
                 (i32.add
                  (i32.const 33898496)
                  (i32.shl
                   (i32.load
                    (i32.add
                     (i32.const 84690176)
                     (i32.shl
                      (local.get $26)
                      (i32.const 2)
                     )
                    )
                   )
                   (i32.const 2)
                  )
                 )
                )
                (local.set $30
                 (i32.add
                  (i32.load offset=32
                   (local.get $13)
                  )
                  (i32.shl
                   (local.get $19)
                   (i32.const 2)
                  )
                 )
                )
                (local.set $31
                 (i32.const 0)
                )
               )
               (else
                (local.set $29
                 (i32.sub
                  (i32.add
                   (local.get $38)
                   (i32.mul
                    (local.get $24)
                    (i32.mul
                     (local.get $18)
                     (i32.const 32)
                    )
                   )
                  )
                  (i32.shl
                   (local.get $17)
                   (i32.const 5)
                  )
                 )
                )
                (local.set $30
                 (i32.add
                  (i32.load offset=12
                   (local.get $13)
                  )
                  (i32.shl
                   (local.get $19)
                   (i32.const 2)
                  )
                 )
                )
                (local.set $31
                 (i32.const 5)
                )
               )
              )
              (block $exit274
               (local.set $25
                (i32.const 0)
               )
               (local.set $51
                (i32.div_s
                 (i32.add
                  (local.get $32)
                  (i32.const 3)
                 )
                 (i32.const 4)
                )
               )
               (br_if $exit274
                (i32.ge_s
                 (local.get $25)
                 (local.get $51)
                )
               )
               (loop $loop275
                (if
                 (local.get $28)
                 (then
                  (i32.store
                   (local.get $40)
                   (select
                    (i32.add
                     (i32.const 75862528)
                     (i32.shl
                      (i32.add
                       (i32.add
                        (i32.load
                         (i32.add
                          (i32.const 84757760)
                          (i32.shl
                           (local.get $14)
                           (i32.const 2)
                          )
                         )
                        )
                        (i32.load
                         (i32.add
                          (i32.const 84757824)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (i32.load offset=4
                              (local.get $13)
                             )
                             (i32.shl
                              (i32.add
                               (i32.mul
                                (local.get $25)
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
                       (i32.load
                        (i32.add
                         (i32.const 84758336)
                         (i32.shl
                          (i32.add
                           (local.get $26)
                           (i32.const 0)
                          )
                          (i32.const 2)
                         )
                        )
                       )
                      )
                      (i32.const 2)
                     )
                    )
                    (local.get $42)
                    (i32.lt_s
                     (i32.add
                      (i32.mul
                       (local.get $25)
                       (i32.const 4)
                      )
                      (i32.const 0)
                     )
                     (local.get $32)
                    )
                   )
                  )
                  (i32.store offset=4
                   (local.get $40)
                   (select
                    (i32.add
                     (i32.const 75862528)
                     (i32.shl
                      (i32.add
                       (i32.add
                        (i32.load
                         (i32.add
                          (i32.const 84757760)
                          (i32.shl
                           (local.get $14)
                           (i32.const 2)
                          )
                         )
                        )
                        (i32.load
                         (i32.add
                          (i32.const 84757824)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (i32.load offset=4
                              (local.get $13)
                             )
                             (i32.shl
                              (i32.add
                               (i32.mul
                                (local.get $25)
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
                       (i32.load
                        (i32.add
                         (i32.const 84758336)
                         (i32.shl
                          (i32.add
                           (local.get $26)
                           (i32.const 0)
                          )
                          (i32.const 2)
                         )
                        )
                       )
                      )
                      (i32.const 2)
                     )
                    )
                    (local.get $42)
                    (i32.lt_s
                     (i32.add
                      (i32.mul
                       (local.get $25)
                       (i32.const 4)
                      )
                      (i32.const 1)
                     )
                     (local.get $32)
                    )
                   )
                  )
                  (i32.store offset=8
                   (local.get $40)
                   (select
                    (i32.add
                     (i32.const 75862528)
                     (i32.shl
                      (i32.add
                       (i32.add
                        (i32.load
                         (i32.add
                          (i32.const 84757760)
                          (i32.shl
                           (local.get $14)
                           (i32.const 2)
                          )
                         )
                        )
                        (i32.load
                         (i32.add
                          (i32.const 84757824)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (i32.load offset=4
                              (local.get $13)
                             )
                             (i32.shl
                              (i32.add
                               (i32.mul
                                (local.get $25)
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
                       (i32.load
                        (i32.add
                         (i32.const 84758336)
                         (i32.shl
                          (i32.add
                           (local.get $26)
                           (i32.const 0)
                          )
                          (i32.const 2)
                         )
                        )
                       )
                      )
                      (i32.const 2)
                     )
                    )
                    (local.get $42)
                    (i32.lt_s
                     (i32.add
                      (i32.mul
                       (local.get $25)
                       (i32.const 4)
                      )
                      (i32.const 2)
                     )
                     (local.get $32)
                    )
                   )
                  )
                  (i32.store offset=12
                   (local.get $40)
                   (select
                    (i32.add
                     (i32.const 75862528)
                     (i32.shl
                      (i32.add
                       (i32.add
                        (i32.load
                         (i32.add
                          (i32.const 84757760)
                          (i32.shl
                           (local.get $14)
                           (i32.const 2)
                          )
                         )
                        )
                        (i32.load
                         (i32.add
                          (i32.const 84757824)
                          (i32.shl
                           (i32.load
                            (i32.add
                             (i32.load offset=4
                              (local.get $13)
                             )
                             (i32.shl
                              (i32.add
                               (i32.mul
                                (local.get $25)
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
                       (i32.load
                        (i32.add
                         (i32.const 84758336)
                         (i32.shl
                          (i32.add
                           (local.get $26)
                           (i32.const 0)
                          )
                          (i32.const 2)
                         )
                        )
                       )
                      )
                      (i32.const 2)
                     )
                    )
                    (local.get $42)
                    (i32.lt_s
                     (i32.add
                      (i32.mul
                       (local.get $25)
                       (i32.const 4)
                      )
                      (i32.const 3)
                     )
                     (local.get $32)
                    )
                   )
                  )
                  (if
                   (local.get $39)
                   (then
                    (call $microkernel_4x8
                     (i32.add
                      (local.get $34)
                      (i32.shl
                       (i32.add
                        (i32.mul
                         (local.get $25)
                         (local.get $33)
                        )
                        (local.get $19)
                       )
                       (i32.const 4)
                      )
                     )
                     (i32.add
                      (local.get $29)
                      (i32.shl
                       (i32.load
                        (local.get $30)
                       )
                       (i32.const 5)
                      )
                     )
                     (i32.sub
                      (local.get $20)
                      (local.get $19)
                     )
                     (local.get $40)
                    )
                   )
                   (else
                    (call $microkernel_4x8_gather
                     (i32.add
                      (local.get $34)
                      (i32.shl
                       (i32.add
                        (i32.mul
                         (local.get $25)
                         (local.get $33)
                        )
                        (local.get $19)
                       )
                       (i32.const 4)
                      )
                     )
                     (local.get $29)
                     (local.get $30)
                     (i32.sub
                      (local.get $20)
                      (local.get $19)
                     )
                     (local.get $40)
                     (local.get $31)
                    )
                   )
                  )
                 )
                 (else
                  (i32.store
                   (local.get $40)
                   (i32.add
                    (local.get $41)
                    (i32.const 0)
                   )
                  )
                  (local.set $37
                   (i32.lt_s
                    (i32.add
                     (i32.mul
                      (local.get $25)
                      (i32.const 4)
                     )
                     (i32.const 0)
                    )
                    (local.get $32)
                   )
                  )
                  (local.set $36
                   (select
                    (i32.add
                     (i32.load
                      (i32.add
                       (i32.const 84757760)
                       (i32.shl
                        (local.get $14)
                        (i32.const 2)
                       )
                      )
                     )
                     (i32.load
                      (i32.add
                       (i32.const 84757824)
                       (i32.shl
                        (i32.load
                         (i32.add
                          (i32.load offset=4
                           (local.get $13)
                          )
                          (i32.shl
                           (i32.add
                            (i32.mul
                             (local.get $25)
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
                    (local.get $37)
                   )
                  )
                  (block $exit258
                   (local.set $35
                    (i32.const 0)
                   )
                   (local.set $43
                    (i32.const 8)
                   )
                   (br_if $exit258
                    (i32.ge_s
                     (local.get $35)
                     (local.get $43)
                    )
                   )
                   (loop $loop259
                    (f32.store
                     (i32.add
                      (local.get $41)
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
                        (i32.const 75862528)
                        (i32.shl
                         (i32.add
                          (local.get $36)
                          (i32.load
                           (i32.add
                            (i32.const 84758336)
                            (i32.shl
                             (i32.add
                              (local.get $26)
                              (local.get $35)
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
                       (local.get $37)
                       (i32.lt_s
                        (local.get $35)
                        (local.get $27)
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
                    (br_if $loop259
                     (i32.lt_s
                      (local.get $35)
                      (local.get $43)
                     )
                    )
                   )
                  )
                  (i32.store offset=4
                   (local.get $40)
                   (i32.add
                    (local.get $41)
                    (i32.const 32)
                   )
                  )
                  (local.set $37
                   (i32.lt_s
                    (i32.add
                     (i32.mul
                      (local.get $25)
                      (i32.const 4)
                     )
                     (i32.const 1)
                    )
                    (local.get $32)
                   )
                  )
                  (local.set $36
                   (select
                    (i32.add
                     (i32.load
                      (i32.add
                       (i32.const 84757760)
                       (i32.shl
                        (local.get $14)
                        (i32.const 2)
                       )
                      )
                     )
                     (i32.load
                      (i32.add
                       (i32.const 84757824)
                       (i32.shl
                        (i32.load
                         (i32.add
                          (i32.load offset=4
                           (local.get $13)
                          )
                          (i32.shl
                           (i32.add
                            (i32.mul
                             (local.get $25)
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
                    (local.get $37)
                   )
                  )
                  (block $exit262
                   (local.set $35
                    (i32.const 0)
                   )
                   (local.set $45
                    (i32.const 8)
                   )
                   (br_if $exit262
                    (i32.ge_s
                     (local.get $35)
                     (local.get $45)
                    )
                   )
                   (loop $loop263
                    (f32.store
                     (i32.add
                      (local.get $41)
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
                        (i32.const 75862528)
                        (i32.shl
                         (i32.add
                          (local.get $36)
                          (i32.load
                           (i32.add
                            (i32.const 84758336)
                            (i32.shl
                             (i32.add
                              (local.get $26)
                              (local.get $35)
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
                       (local.get $37)
                       (i32.lt_s
                        (local.get $35)
                        (local.get $27)
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
                    (br_if $loop263
                     (i32.lt_s
                      (local.get $35)
                      (local.get $45)
                     )
                    )
                   )
                  )
                  (i32.store offset=8
                   (local.get $40)
                   (i32.add
                    (local.get $41)
                    (i32.const 64)
                   )
                  )
                  (local.set $37
                   (i32.lt_s
                    (i32.add
                     (i32.mul
                      (local.get $25)
                      (i32.const 4)
                     )
                     (i32.const 2)
                    )
                    (local.get $32)
                   )
                  )
                  (local.set $36
                   (select
                    (i32.add
                     (i32.load
                      (i32.add
                       (i32.const 84757760)
                       (i32.shl
                        (local.get $14)
                        (i32.const 2)
                       )
                      )
                     )
                     (i32.load
                      (i32.add
                       (i32.const 84757824)
                       (i32.shl
                        (i32.load
                         (i32.add
                          (i32.load offset=4
                           (local.get $13)
                          )
                          (i32.shl
                           (i32.add
                            (i32.mul
                             (local.get $25)
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
                    (local.get $37)
                   )
                  )
                  (block $exit266
                   (local.set $35
                    (i32.const 0)
                   )
                   (local.set $47
                    (i32.const 8)
                   )
                   (br_if $exit266
                    (i32.ge_s
                     (local.get $35)
                     (local.get $47)
                    )
                   )
                   (loop $loop267
                    (f32.store
                     (i32.add
                      (local.get $41)
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
                        (i32.const 75862528)
                        (i32.shl
                         (i32.add
                          (local.get $36)
                          (i32.load
                           (i32.add
                            (i32.const 84758336)
                            (i32.shl
                             (i32.add
                              (local.get $26)
                              (local.get $35)
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
                       (local.get $37)
                       (i32.lt_s
                        (local.get $35)
                        (local.get $27)
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
                    (br_if $loop267
                     (i32.lt_s
                      (local.get $35)
                      (local.get $47)
                     )
                    )
                   )
                  )
                  (i32.store offset=12
                   (local.get $40)
                   (i32.add
                    (local.get $41)
                    (i32.const 96)
                   )
                  )
                  (local.set $37
                   (i32.lt_s
                    (i32.add
                     (i32.mul
                      (local.get $25)
                      (i32.const 4)
                     )
                     (i32.const 3)
                    )
                    (local.get $32)
                   )
                  )
                  (local.set $36
                   (select
                    (i32.add
                     (i32.load
                      (i32.add
                       (i32.const 84757760)
                       (i32.shl
                        (local.get $14)
                        (i32.const 2)
                       )
                      )
                     )
                     (i32.load
                      (i32.add
                       (i32.const 84757824)
                       (i32.shl
                        (i32.load
                         (i32.add
                          (i32.load offset=4
                           (local.get $13)
                          )
                          (i32.shl
                           (i32.add
                            (i32.mul
                             (local.get $25)
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
                    (local.get $37)
                   )
                  )
                  (block $exit270
                   (local.set $35
                    (i32.const 0)
                   )
                   (local.set $49
                    (i32.const 8)
                   )
                   (br_if $exit270
                    (i32.ge_s
                     (local.get $35)
                     (local.get $49)
                    )
                   )
                   (loop $loop271
                    (f32.store
                     (i32.add
                      (local.get $41)
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
                        (i32.const 75862528)
                        (i32.shl
                         (i32.add
                          (local.get $36)
                          (i32.load
                           (i32.add
                            (i32.const 84758336)
                            (i32.shl
                             (i32.add
                              (local.get $26)
                              (local.get $35)
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
                       (local.get $37)
                       (i32.lt_s
                        (local.get $35)
                        (local.get $27)
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
                    (br_if $loop271
                     (i32.lt_s
                      (local.get $35)
                      (local.get $49)
                     )
                    )
                   )
                  )
                  (if
                   (local.get $39)
                   (then
                    (call $microkernel_4x8
                     (i32.add
                      (local.get $34)
                      (i32.shl
                       (i32.add
                        (i32.mul
                         (local.get $25)
                         (local.get $33)
                        )
                        (local.get $19)
                       )
                       (i32.const 4)
                      )
                     )
                     (i32.add
                      (local.get $29)
                      (i32.shl
                       (i32.load
                        (local.get $30)
                       )
                       (i32.const 5)
                      )
                     )
                     (i32.sub
                      (local.get $20)
                      (local.get $19)
                     )
                     (local.get $40)
                    )
                   )
                   (else
                    (call $microkernel_4x8_gather
                     (i32.add
                      (local.get $34)
                      (i32.shl
                       (i32.add
                        (i32.mul
                         (local.get $25)
                         (local.get $33)
                        )
                        (local.get $19)
                       )
                       (i32.const 4)
                      )
                     )
                     (local.get $29)
                     (local.get $30)
                     (i32.sub
                      (local.get $20)
                      (local.get $19)
                     )
                     (local.get $40)
                     (local.get $31)
                    )
                   )
                  )
                  (local.set $37
                   (i32.lt_s
                    (i32.add
                     (i32.mul
                      (local.get $25)
                      (i32.const 4)
                     )
                     (i32.const 0)
                    )
                    (local.get $32)
                   )
                  )
                  (local.set $36
                   (select
                    (i32.add
                     (i32.load
                      (i32.add
                       (i32.const 84757760)
                       (i32.shl
                        (local.get $14)
                        (i32.const 2)
                       )
                      )
                     )
                     (i32.load
                      (i32.add
                       (i32.const 84757824)
                       (i32.shl
                        (i32.load
                         (i32.add
                          (i32.load offset=4
                           (local.get $13)
                          )
                          (i32.shl
                           (i32.add
                            (i32.mul
                             (local.get $25)
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
                    (local.get $37)
                   )
                  )
                  (block $exit260
                   (local.set $35
                    (i32.const 0)
                   )
                   (local.set $44
                    (local.get $27)
                   )
                   (br_if $exit260
                    (i32.ge_s
                     (local.get $35)
                     (local.get $44)
                    )
                   )
                   (loop $loop261
                    (if
                     (local.get $37)
                     (then
                      (f32.store
                       (i32.add
                        (i32.const 75862528)
                        (i32.shl
                         (i32.add
                          (local.get $36)
                          (i32.load
                           (i32.add
                            (i32.const 84758336)
                            (i32.shl
                             (i32.add
                              (local.get $26)
                              (local.get $35)
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
                         (local.get $41)
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
                    (br_if $loop261
                     (i32.lt_s
                      (local.get $35)
                      (local.get $44)
                     )
                    )
                   )
                  )
                  (local.set $37
                   (i32.lt_s
                    (i32.add
                     (i32.mul
                      (local.get $25)
                      (i32.const 4)
                     )
                     (i32.const 1)
                    )
                    (local.get $32)
                   )
                  )
                  (local.set $36
                   (select
                    (i32.add
                     (i32.load
                      (i32.add
                       (i32.const 84757760)
                       (i32.shl
                        (local.get $14)
                        (i32.const 2)
                       )
                      )
                     )
                     (i32.load
                      (i32.add
                       (i32.const 84757824)
                       (i32.shl
                        (i32.load
                         (i32.add
                          (i32.load offset=4
                           (local.get $13)
                          )
                          (i32.shl
                           (i32.add
                            (i32.mul
                             (local.get $25)
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
                    (local.get $37)
                   )
                  )
                  (block $exit264
                   (local.set $35
                    (i32.const 0)
                   )
                   (local.set $46
                    (local.get $27)
                   )
                   (br_if $exit264
                    (i32.ge_s
                     (local.get $35)
                     (local.get $46)
                    )
                   )
                   (loop $loop265
                    (if
                     (local.get $37)
                     (then
                      (f32.store
                       (i32.add
                        (i32.const 75862528)
                        (i32.shl
                         (i32.add
                          (local.get $36)
                          (i32.load
                           (i32.add
                            (i32.const 84758336)
                            (i32.shl
                             (i32.add
                              (local.get $26)
                              (local.get $35)
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
                         (local.get $41)
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
                    (br_if $loop265
                     (i32.lt_s
                      (local.get $35)
                      (local.get $46)
                     )
                    )
                   )
                  )
                  (local.set $37
                   (i32.lt_s
                    (i32.add
                     (i32.mul
                      (local.get $25)
                      (i32.const 4)
                     )
                     (i32.const 2)
                    )
                    (local.get $32)
                   )
                  )
                  (local.set $36
                   (select
                    (i32.add
                     (i32.load
                      (i32.add
                       (i32.const 84757760)
                       (i32.shl
                        (local.get $14)
                        (i32.const 2)
                       )
                      )
                     )
                     (i32.load
                      (i32.add
                       (i32.const 84757824)
                       (i32.shl
                        (i32.load
                         (i32.add
                          (i32.load offset=4
                           (local.get $13)
                          )
                          (i32.shl
                           (i32.add
                            (i32.mul
                             (local.get $25)
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
                    (local.get $37)
                   )
                  )
                  (block $exit268
                   (local.set $35
                    (i32.const 0)
                   )
                   (local.set $48
                    (local.get $27)
                   )
                   (br_if $exit268
                    (i32.ge_s
                     (local.get $35)
                     (local.get $48)
                    )
                   )
                   (loop $loop269
                    (if
                     (local.get $37)
                     (then
                      (f32.store
                       (i32.add
                        (i32.const 75862528)
                        (i32.shl
                         (i32.add
                          (local.get $36)
                          (i32.load
                           (i32.add
                            (i32.const 84758336)
                            (i32.shl
                             (i32.add
                              (local.get $26)
                              (local.get $35)
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
                         (local.get $41)
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
                    (br_if $loop269
                     (i32.lt_s
                      (local.get $35)
                      (local.get $48)
                     )
                    )
                   )
                  )
                  (local.set $37
                   (i32.lt_s
                    (i32.add
                     (i32.mul
                      (local.get $25)
                      (i32.const 4)
                     )
                     (i32.const 3)
                    )
                    (local.get $32)
                   )
                  )
                  (local.set $36
                   (select
                    (i32.add
                     (i32.load
                      (i32.add
                       (i32.const 84757760)
                       (i32.shl
                        (local.get $14)
                        (i32.const 2)
                       )
                      )
                     )
                     (i32.load
                      (i32.add
                       (i32.const 84757824)
                       (i32.shl
                        (i32.load
                         (i32.add
                          (i32.load offset=4
                           (local.get $13)
                          )
                          (i32.shl
                           (i32.add
                            (i32.mul
                             (local.get $25)
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
                    (local.get $37)
                   )
                  )
                  (block $exit272
                   (local.set $35
                    (i32.const 0)
                   )
                   (local.set $50
                    (local.get $27)
                   )
                   (br_if $exit272
                    (i32.ge_s
                     (local.get $35)
                     (local.get $50)
                    )
                   )
                   (loop $loop273
                    (if
                     (local.get $37)
                     (then
                      (f32.store
                       (i32.add
                        (i32.const 75862528)
                        (i32.shl
                         (i32.add
                          (local.get $36)
                          (i32.load
                           (i32.add
                            (i32.const 84758336)
                            (i32.shl
                             (i32.add
                              (local.get $26)
                              (local.get $35)
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
                         (local.get $41)
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
                    (br_if $loop273
                     (i32.lt_s
                      (local.get $35)
                      (local.get $50)
                     )
                    )
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
                (br_if $loop275
                 (i32.lt_s
                  (local.get $25)
                  (local.get $51)
                 )
                )
               )
              )
              (local.set $24
               (i32.add
                (local.get $24)
                (i32.const 1)
               )
              )
              (br_if $loop281
               (i32.lt_s
                (local.get $24)
                (local.get $54)
               )
              )
             )
            )
           )
          )
          (local.set $12
           (i32.add
            (local.get $12)
            (i32.const 1)
           )
          )
          (br_if $loop283
           (i32.lt_s
            (local.get $12)
            (local.get $55)
           )
          )
         )
        )
        (local.set $17
         (i32.add
          (local.get $17)
          (local.get $57)
         )
        )
        (br_if $loop285
         (i32.lt_s
          (local.get $17)
          (local.get $56)
         )
        )
       )
      )
      (local.set $15
       (i32.add
        (local.get $15)
        (local.get $60)
       )
      )
      (br_if $loop289
       (i32.lt_s
        (local.get $15)
        (local.get $59)
       )
      )
     )
    )
    (local.set $10
     (i32.sub
      (local.get $11)
      (i32.const 1)
     )
    )
    (local.set $10
     (i32.add
      (local.get $10)
      (i32.const 1)
     )
    )
    (br_if $loop291
     (i32.lt_s
      (local.get $10)
      (local.get $61)
     )
    )
   )
  )
 )
)
