(module
 (type $0 (func))
 (type $1 (func (param f64) (result f64)))
 (type $2 (func (param i32 i32 i32 i32)))
 (type $3 (func (param i32 i32 i32 i32 i32 i32)))
 (import "env" "memory" (memory $0 1 65536))
 (import "math" "exp" (func $exp (param f64) (result f64)))
 (import "math" "log" (func $log (param f64) (result f64)))
 (import "math" "tanh" (func $tanh (param f64) (result f64)))
 (export "index0" (func $index0))
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
   (i32.const 4794368)
   (i32.const 0)
   (i32.const 49152)
  )
  (block $exit6
   (local.set $0
    (i32.const 0)
   )
   (local.set $7
    (i32.const 512)
   )
   (br_if $exit6
    (i32.ge_s
     (local.get $0)
     (local.get $7)
    )
   )
   (loop $loop7
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
      (i32.const 4794368)
      (i32.mul
       (i32.div_s
        (local.get $0)
        (i32.const 32)
       )
       (i32.const 3072)
      )
     )
    )
    (block $exit4
     (local.set $1
      (i32.const 0)
     )
     (local.set $6
      (i32.const 768)
     )
     (br_if $exit4
      (i32.ge_s
       (local.get $1)
       (local.get $6)
      )
     )
     (loop $loop5
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
      (br_if $loop5
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
    (br_if $loop7
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
   (i32.const 4843520)
   (i32.const 0)
  )
  (block $exit10
   (local.set $9
    (i32.const 0)
   )
   (local.set $12
    (i32.const 16)
   )
   (br_if $exit10
    (i32.ge_s
     (local.get $9)
     (local.get $12)
    )
   )
   (loop $loop11
    (block $exit8
     (local.set $10
      (i32.const 0)
     )
     (local.set $11
      (i32.const 768)
     )
     (br_if $exit8
      (i32.ge_s
       (local.get $10)
       (local.get $11)
      )
     )
     (loop $loop9
      (i32.store
       (i32.add
        (i32.const 4843648)
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
           (i32.const 4794368)
           (i32.shl
            (i32.add
             (i32.mul
              (local.get $9)
              (i32.const 768)
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
      (br_if $loop9
       (i32.lt_s
        (local.get $10)
        (local.get $11)
       )
      )
     )
    )
    (i32.store
     (i32.add
      (i32.const 4843520)
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
    (br_if $loop11
     (i32.lt_s
      (local.get $9)
      (local.get $12)
     )
    )
   )
  )
 )
 (func $op0
  (local $0 i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (block $exit12
   (local.set $2
    (i32.const 0)
   )
   (local.set $3
    (i32.const 512)
   )
   (br_if $exit12
    (i32.ge_s
     (local.get $2)
     (local.get $3)
    )
   )
   (loop $loop13
    (f64.store
     (i32.add
      (i32.const 4892800)
      (i32.mul
       (local.get $2)
       (i32.const 8)
      )
     )
     (f64.const 0)
    )
    (local.set $2
     (i32.add
      (local.get $2)
      (i32.const 1)
     )
    )
    (br_if $loop13
     (i32.lt_s
      (local.get $2)
      (local.get $3)
     )
    )
   )
  )
  (block
   (block $exit16
    (local.set $1
     (i32.const 0)
    )
    (local.set $5
     (i32.const 768)
    )
    (br_if $exit16
     (i32.ge_s
      (local.get $1)
      (local.get $5)
     )
    )
    (loop $loop17
     (block $exit14
      (local.set $0
       (i32.const 0)
      )
      (local.set $4
       (i32.const 512)
      )
      (br_if $exit14
       (i32.ge_s
        (local.get $0)
        (local.get $4)
       )
      )
      (loop $loop15
       (f64.store
        (i32.add
         (i32.const 4892800)
         (i32.mul
          (local.get $0)
          (i32.const 8)
         )
        )
        (f64.add
         (f64.load
          (i32.add
           (i32.const 4892800)
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
             (i32.const 65536)
             (i32.mul
              (local.get $0)
              (i32.const 3072)
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
       (local.set $0
        (i32.add
         (local.get $0)
         (i32.const 1)
        )
       )
       (br_if $loop15
        (i32.lt_s
         (local.get $0)
         (local.get $4)
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
     (br_if $loop17
      (i32.lt_s
       (local.get $1)
       (local.get $5)
      )
     )
    )
   )
  )
  (block
   (block $exit18
    (local.set $0
     (i32.const 0)
    )
    (local.set $6
     (i32.const 512)
    )
    (br_if $exit18
     (i32.ge_s
      (local.get $0)
      (local.get $6)
     )
    )
    (loop $loop19
     (f32.store
      (i32.add
       (i32.const 1644544)
       (i32.mul
        (local.get $0)
        (i32.const 4)
       )
      )
      (f32.demote_f64
       (f64.div
        (f64.load
         (i32.add
          (i32.const 4892800)
          (i32.mul
           (local.get $0)
           (i32.const 8)
          )
         )
        )
        (f64.const 768)
       )
      )
     )
     (local.set $0
      (i32.add
       (local.get $0)
       (i32.const 1)
      )
     )
     (br_if $loop19
      (i32.lt_s
       (local.get $0)
       (local.get $6)
      )
     )
    )
   )
  )
 )
 (func $op1
  (local $0 i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (block
   (block $exit22
    (local.set $0
     (i32.const 0)
    )
    (local.set $3
     (i32.const 512)
    )
    (br_if $exit22
     (i32.ge_s
      (local.get $0)
      (local.get $3)
     )
    )
    (loop $loop23
     (block $exit20
      (local.set $1
       (i32.const 0)
      )
      (local.set $2
       (i32.const 768)
      )
      (br_if $exit20
       (i32.ge_s
        (local.get $1)
        (local.get $2)
       )
      )
      (loop $loop21
       (f32.store
        (i32.add
         (i32.add
          (i32.const 1646592)
          (i32.mul
           (local.get $0)
           (i32.const 3072)
          )
         )
         (i32.mul
          (local.get $1)
          (i32.const 4)
         )
        )
        (f32.demote_f64
         (f64.sub
          (f64.promote_f32
           (f32.load
            (i32.add
             (i32.add
              (i32.const 65536)
              (i32.mul
               (local.get $0)
               (i32.const 3072)
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
             (i32.const 1644544)
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
       (local.set $1
        (i32.add
         (local.get $1)
         (i32.const 1)
        )
       )
       (br_if $loop21
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
     (br_if $loop23
      (i32.lt_s
       (local.get $0)
       (local.get $3)
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
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (block $exit24
   (local.set $2
    (i32.const 0)
   )
   (local.set $3
    (i32.const 512)
   )
   (br_if $exit24
    (i32.ge_s
     (local.get $2)
     (local.get $3)
    )
   )
   (loop $loop25
    (f64.store
     (i32.add
      (i32.const 4896896)
      (i32.mul
       (local.get $2)
       (i32.const 8)
      )
     )
     (f64.const 0)
    )
    (local.set $2
     (i32.add
      (local.get $2)
      (i32.const 1)
     )
    )
    (br_if $loop25
     (i32.lt_s
      (local.get $2)
      (local.get $3)
     )
    )
   )
  )
  (block
   (block $exit28
    (local.set $1
     (i32.const 0)
    )
    (local.set $5
     (i32.const 768)
    )
    (br_if $exit28
     (i32.ge_s
      (local.get $1)
      (local.get $5)
     )
    )
    (loop $loop29
     (block $exit26
      (local.set $0
       (i32.const 0)
      )
      (local.set $4
       (i32.const 512)
      )
      (br_if $exit26
       (i32.ge_s
        (local.get $0)
        (local.get $4)
       )
      )
      (loop $loop27
       (f64.store
        (i32.add
         (i32.const 4896896)
         (i32.mul
          (local.get $0)
          (i32.const 8)
         )
        )
        (f64.add
         (f64.load
          (i32.add
           (i32.const 4896896)
           (i32.mul
            (local.get $0)
            (i32.const 8)
           )
          )
         )
         (f64.mul
          (f64.promote_f32
           (f32.load
            (i32.add
             (i32.add
              (i32.const 1646592)
              (i32.mul
               (local.get $0)
               (i32.const 3072)
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
              (i32.const 1646592)
              (i32.mul
               (local.get $0)
               (i32.const 3072)
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
       (local.set $0
        (i32.add
         (local.get $0)
         (i32.const 1)
        )
       )
       (br_if $loop27
        (i32.lt_s
         (local.get $0)
         (local.get $4)
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
     (br_if $loop29
      (i32.lt_s
       (local.get $1)
       (local.get $5)
      )
     )
    )
   )
  )
  (block
   (block $exit30
    (local.set $0
     (i32.const 0)
    )
    (local.set $6
     (i32.const 512)
    )
    (br_if $exit30
     (i32.ge_s
      (local.get $0)
      (local.get $6)
     )
    )
    (loop $loop31
     (f32.store
      (i32.add
       (i32.const 3219456)
       (i32.mul
        (local.get $0)
        (i32.const 4)
       )
      )
      (f32.demote_f64
       (f64.div
        (f64.load
         (i32.add
          (i32.const 4896896)
          (i32.mul
           (local.get $0)
           (i32.const 8)
          )
         )
        )
        (f64.const 768)
       )
      )
     )
     (local.set $0
      (i32.add
       (local.get $0)
       (i32.const 1)
      )
     )
     (br_if $loop31
      (i32.lt_s
       (local.get $0)
       (local.get $6)
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
  (block
   (block $exit34
    (local.set $0
     (i32.const 0)
    )
    (local.set $3
     (i32.const 512)
    )
    (br_if $exit34
     (i32.ge_s
      (local.get $0)
      (local.get $3)
     )
    )
    (loop $loop35
     (block $exit32
      (local.set $1
       (i32.const 0)
      )
      (local.set $2
       (i32.const 768)
      )
      (br_if $exit32
       (i32.ge_s
        (local.get $1)
        (local.get $2)
       )
      )
      (loop $loop33
       (f32.store
        (i32.add
         (i32.add
          (i32.const 3221504)
          (i32.mul
           (local.get $0)
           (i32.const 3072)
          )
         )
         (i32.mul
          (local.get $1)
          (i32.const 4)
         )
        )
        (f32.demote_f64
         (f64.add
          (f64.promote_f32
           (f32.load
            (i32.add
             (i32.const 1641472)
             (i32.mul
              (local.get $1)
              (i32.const 4)
             )
            )
           )
          )
          (f64.div
           (f64.mul
            (f64.promote_f32
             (f32.load
              (i32.add
               (i32.add
                (i32.const 1646592)
                (i32.mul
                 (local.get $0)
                 (i32.const 3072)
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
               (i32.const 1638400)
               (i32.mul
                (local.get $1)
                (i32.const 4)
               )
              )
             )
            )
           )
           (f64.sqrt
            (f64.add
             (f64.promote_f32
              (f32.load
               (i32.add
                (i32.const 3219456)
                (i32.mul
                 (local.get $0)
                 (i32.const 4)
                )
               )
              )
             )
             (f64.const 9.999999747378752e-06)
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
       (br_if $loop33
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
     (br_if $loop35
      (i32.lt_s
       (local.get $0)
       (local.get $3)
      )
     )
    )
   )
  )
 )
)
