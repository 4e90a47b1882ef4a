;; The tagger's inner loops as WebAssembly, loaded by tagger-kernel.ts: each token's feature buckets,
;; its label scores, and each paragraph's best labels. V8 compiles WebAssembly before it first runs
;; it; the same loops in JavaScript run interpreted in a fresh process until V8's optimising compiler
;; reaches them, and that compiler's threads then compete with the detection for the processors.
;; `npm run build:kernel` turns this file into tagger-kernel-wasm.ts.
;;
;; Memory starts with a directory of 32-bit fields that tagger-kernel.ts fills (FIELDS there names
;; them in this order): where each array is (byte offsets) and a few counts. There are 7 labels; a
;; weight row is 7 f32 (28 bytes), a token's scores 7 f64 (56 bytes), a token's features 22 u32.
;;
;;  0 word       i32 per token: the word's bucket          1 shape     i32 per token
;;  2 suffix     i32 per token                             3 previous  i32 per token: as the next token's previous word
;;  4 next       i32 per token: as the previous's next     5 lemma     i32 per token
;;  6 tag        u8 per token: part of speech              7 class     u8 per token: lexicon class
;;  8 role       u8 per token: the rules' role             9 distance  u8 per token: to the sentence's cue
;; 10 quoted     u8 per token: 1 inside a quotation       11 edge      u8 per token: 1 first of its sentence, 2 last (3 both)
;; 12 include    u8 per token: 0 leaves the token out (zero features and scores)
;; 13 tagCount   14 distanceCount   15 startTag   16 endTag   17 startClass   18 endClass
;; 19 bias bucket   20 no-previous-word bucket   21 no-next-word bucket
;; 22-36 the bucket tables (i32): tag, previous tag, next tag, tag trigram, quoted, quoted x tag,
;;       class, previous class, next class, distance, distance x tag, role, role x tag,
;;       role x distance, place in the sentence
;; 37 scratch    22 u32: one token's features while its scores are summed
(module
  (memory (export "memory") 1)

  ;; the directory's fields, read into globals at the start of each call
  (global $word (mut i32) (i32.const 0))
  (global $shape (mut i32) (i32.const 0))
  (global $suffix (mut i32) (i32.const 0))
  (global $previous (mut i32) (i32.const 0))
  (global $next (mut i32) (i32.const 0))
  (global $lemma (mut i32) (i32.const 0))
  (global $tag (mut i32) (i32.const 0))
  (global $wordClass (mut i32) (i32.const 0))
  (global $role (mut i32) (i32.const 0))
  (global $distance (mut i32) (i32.const 0))
  (global $quoted (mut i32) (i32.const 0))
  (global $edge (mut i32) (i32.const 0))
  (global $include (mut i32) (i32.const 0))
  (global $tagCount (mut i32) (i32.const 0))
  (global $distanceCount (mut i32) (i32.const 0))
  (global $startTag (mut i32) (i32.const 0))
  (global $endTag (mut i32) (i32.const 0))
  (global $startClass (mut i32) (i32.const 0))
  (global $endClass (mut i32) (i32.const 0))
  (global $bias (mut i32) (i32.const 0))
  (global $noPreviousWord (mut i32) (i32.const 0))
  (global $noNextWord (mut i32) (i32.const 0))
  (global $tagTable (mut i32) (i32.const 0))
  (global $previousTagTable (mut i32) (i32.const 0))
  (global $nextTagTable (mut i32) (i32.const 0))
  (global $trigramTable (mut i32) (i32.const 0))
  (global $quotedTable (mut i32) (i32.const 0))
  (global $quotedTagTable (mut i32) (i32.const 0))
  (global $classTable (mut i32) (i32.const 0))
  (global $previousClassTable (mut i32) (i32.const 0))
  (global $nextClassTable (mut i32) (i32.const 0))
  (global $distanceTable (mut i32) (i32.const 0))
  (global $distanceTagTable (mut i32) (i32.const 0))
  (global $roleTable (mut i32) (i32.const 0))
  (global $roleTagTable (mut i32) (i32.const 0))
  (global $roleDistanceTable (mut i32) (i32.const 0))
  (global $placeTable (mut i32) (i32.const 0))
  (global $scratch (mut i32) (i32.const 0))

  (func $readDirectory
    (global.set $word (i32.load offset=0 (i32.const 0)))
    (global.set $shape (i32.load offset=4 (i32.const 0)))
    (global.set $suffix (i32.load offset=8 (i32.const 0)))
    (global.set $previous (i32.load offset=12 (i32.const 0)))
    (global.set $next (i32.load offset=16 (i32.const 0)))
    (global.set $lemma (i32.load offset=20 (i32.const 0)))
    (global.set $tag (i32.load offset=24 (i32.const 0)))
    (global.set $wordClass (i32.load offset=28 (i32.const 0)))
    (global.set $role (i32.load offset=32 (i32.const 0)))
    (global.set $distance (i32.load offset=36 (i32.const 0)))
    (global.set $quoted (i32.load offset=40 (i32.const 0)))
    (global.set $edge (i32.load offset=44 (i32.const 0)))
    (global.set $include (i32.load offset=48 (i32.const 0)))
    (global.set $tagCount (i32.load offset=52 (i32.const 0)))
    (global.set $distanceCount (i32.load offset=56 (i32.const 0)))
    (global.set $startTag (i32.load offset=60 (i32.const 0)))
    (global.set $endTag (i32.load offset=64 (i32.const 0)))
    (global.set $startClass (i32.load offset=68 (i32.const 0)))
    (global.set $endClass (i32.load offset=72 (i32.const 0)))
    (global.set $bias (i32.load offset=76 (i32.const 0)))
    (global.set $noPreviousWord (i32.load offset=80 (i32.const 0)))
    (global.set $noNextWord (i32.load offset=84 (i32.const 0)))
    (global.set $tagTable (i32.load offset=88 (i32.const 0)))
    (global.set $previousTagTable (i32.load offset=92 (i32.const 0)))
    (global.set $nextTagTable (i32.load offset=96 (i32.const 0)))
    (global.set $trigramTable (i32.load offset=100 (i32.const 0)))
    (global.set $quotedTable (i32.load offset=104 (i32.const 0)))
    (global.set $quotedTagTable (i32.load offset=108 (i32.const 0)))
    (global.set $classTable (i32.load offset=112 (i32.const 0)))
    (global.set $previousClassTable (i32.load offset=116 (i32.const 0)))
    (global.set $nextClassTable (i32.load offset=120 (i32.const 0)))
    (global.set $distanceTable (i32.load offset=124 (i32.const 0)))
    (global.set $distanceTagTable (i32.load offset=128 (i32.const 0)))
    (global.set $roleTable (i32.load offset=132 (i32.const 0)))
    (global.set $roleTagTable (i32.load offset=136 (i32.const 0)))
    (global.set $roleDistanceTable (i32.load offset=140 (i32.const 0)))
    (global.set $placeTable (i32.load offset=144 (i32.const 0)))
    (global.set $scratch (i32.load offset=148 (i32.const 0))))

  ;; entry `at` of an i32 array or table
  (func $i32At (param $array i32) (param $at i32) (result i32)
    (i32.load (i32.add (local.get $array) (i32.shl (local.get $at) (i32.const 2)))))

  ;; The 22 features of token `token`, as buckets, written from `out` (features.ts's templates, in order).
  (func $tokenFeatures (param $token i32) (param $out i32)
    (local $edge i32) (local $hasPrevious i32) (local $hasNext i32)
    (local $tag i32) (local $previousTag i32) (local $nextTag i32) (local $quoted i32) (local $role i32) (local $distance i32)
    (local.set $edge (i32.load8_u (i32.add (global.get $edge) (local.get $token))))
    (local.set $hasPrevious (i32.eqz (i32.and (local.get $edge) (i32.const 1))))
    (local.set $hasNext (i32.eqz (i32.and (local.get $edge) (i32.const 2))))
    (local.set $tag (i32.load8_u (i32.add (global.get $tag) (local.get $token))))
    (local.set $previousTag
      (if (result i32) (local.get $hasPrevious)
        (then (i32.load8_u (i32.add (global.get $tag) (i32.sub (local.get $token) (i32.const 1)))))
        (else (global.get $startTag))))
    (local.set $nextTag
      (if (result i32) (local.get $hasNext)
        (then (i32.load8_u (i32.add (global.get $tag) (i32.add (local.get $token) (i32.const 1)))))
        (else (global.get $endTag))))
    (local.set $quoted (i32.load8_u (i32.add (global.get $quoted) (local.get $token))))
    (local.set $role (i32.load8_u (i32.add (global.get $role) (local.get $token))))
    (local.set $distance (i32.load8_u (i32.add (global.get $distance) (local.get $token))))
    ;; 0 bias, 1 word, 2 lemma, 3 tag, 4 shape, 5 suffix
    (i32.store offset=0 (local.get $out) (global.get $bias))
    (i32.store offset=4 (local.get $out) (call $i32At (global.get $word) (local.get $token)))
    (i32.store offset=8 (local.get $out) (call $i32At (global.get $lemma) (local.get $token)))
    (i32.store offset=12 (local.get $out) (call $i32At (global.get $tagTable) (local.get $tag)))
    (i32.store offset=16 (local.get $out) (call $i32At (global.get $shape) (local.get $token)))
    (i32.store offset=20 (local.get $out) (call $i32At (global.get $suffix) (local.get $token)))
    ;; 6 previous word, 7 next word
    (i32.store offset=24 (local.get $out)
      (if (result i32) (local.get $hasPrevious)
        (then (call $i32At (global.get $previous) (i32.sub (local.get $token) (i32.const 1))))
        (else (global.get $noPreviousWord))))
    (i32.store offset=28 (local.get $out)
      (if (result i32) (local.get $hasNext)
        (then (call $i32At (global.get $next) (i32.add (local.get $token) (i32.const 1))))
        (else (global.get $noNextWord))))
    ;; 8 previous tag, 9 next tag, 10 tag trigram
    (i32.store offset=32 (local.get $out) (call $i32At (global.get $previousTagTable) (local.get $previousTag)))
    (i32.store offset=36 (local.get $out) (call $i32At (global.get $nextTagTable) (local.get $nextTag)))
    (i32.store offset=40 (local.get $out) (call $i32At (global.get $trigramTable)
      (i32.add (i32.mul (i32.add (i32.mul (local.get $previousTag) (global.get $tagCount)) (local.get $tag)) (global.get $tagCount)) (local.get $nextTag))))
    ;; 11 quoted, 12 quoted x tag
    (i32.store offset=44 (local.get $out) (call $i32At (global.get $quotedTable) (local.get $quoted)))
    (i32.store offset=48 (local.get $out) (call $i32At (global.get $quotedTagTable) (i32.add (i32.mul (local.get $quoted) (global.get $tagCount)) (local.get $tag))))
    ;; 13 class, 14 previous class, 15 next class
    (i32.store offset=52 (local.get $out) (call $i32At (global.get $classTable) (i32.load8_u (i32.add (global.get $wordClass) (local.get $token)))))
    (i32.store offset=56 (local.get $out) (call $i32At (global.get $previousClassTable)
      (if (result i32) (local.get $hasPrevious)
        (then (i32.load8_u (i32.add (global.get $wordClass) (i32.sub (local.get $token) (i32.const 1)))))
        (else (global.get $startClass)))))
    (i32.store offset=60 (local.get $out) (call $i32At (global.get $nextClassTable)
      (if (result i32) (local.get $hasNext)
        (then (i32.load8_u (i32.add (global.get $wordClass) (i32.add (local.get $token) (i32.const 1)))))
        (else (global.get $endClass)))))
    ;; 16 distance, 17 distance x tag, 18 role, 19 role x tag, 20 role x distance
    (i32.store offset=64 (local.get $out) (call $i32At (global.get $distanceTable) (local.get $distance)))
    (i32.store offset=68 (local.get $out) (call $i32At (global.get $distanceTagTable) (i32.add (i32.mul (local.get $distance) (global.get $tagCount)) (local.get $tag))))
    (i32.store offset=72 (local.get $out) (call $i32At (global.get $roleTable) (local.get $role)))
    (i32.store offset=76 (local.get $out) (call $i32At (global.get $roleTagTable) (i32.add (i32.mul (local.get $role) (global.get $tagCount)) (local.get $tag))))
    (i32.store offset=80 (local.get $out) (call $i32At (global.get $roleDistanceTable)
      (i32.add (i32.mul (local.get $role) (global.get $distanceCount)) (local.get $distance))))
    ;; 21 place: first of the sentence 1, else last 2, else 0
    (i32.store offset=84 (local.get $out) (call $i32At (global.get $placeTable)
      (if (result i32) (i32.and (local.get $edge) (i32.const 1))
        (then (i32.const 1))
        (else (if (result i32) (i32.and (local.get $edge) (i32.const 2)) (then (i32.const 2)) (else (i32.const 0))))))))

  ;; features: every token's 22 buckets from `out` (u32, 88 bytes a token; zeros for a token left out).
  (func (export "features") (param $tokens i32) (param $out i32)
    (local $token i32) (local $at i32)
    (call $readDirectory)
    (block $done
      (loop $eachToken
        (br_if $done (i32.ge_u (local.get $token) (local.get $tokens)))
        (local.set $at (i32.add (local.get $out) (i32.mul (local.get $token) (i32.const 88))))
        (if (i32.load8_u (i32.add (global.get $include) (local.get $token)))
          (then (call $tokenFeatures (local.get $token) (local.get $at)))
          (else (memory.fill (local.get $at) (i32.const 0) (i32.const 88))))
        (local.set $token (i32.add (local.get $token) (i32.const 1)))
        (br $eachToken))))

  ;; scores: every token's label scores (f64, 7 a token, from `scores`): the sum, in feature order, of
  ;; its features' weight rows. rows: u16 per bucket, its row of `table` (f32 rows of 7; row 0: no weights).
  ;; tagger.ts's `emissions` is the same sum (the same f64 additions in the same order).
  (func (export "scores") (param $tokens i32) (param $rows i32) (param $table i32) (param $scores i32)
    (local $token i32) (local $scratch i32) (local $feature i32) (local $row i32) (local $weights i32) (local $out i32)
    (local $o f64) (local $bc f64) (local $ic f64) (local $bs f64) (local $is f64) (local $bq f64) (local $iq f64)
    (call $readDirectory)
    (local.set $scratch (global.get $scratch))
    (block $tokensDone
      (loop $eachToken
        (br_if $tokensDone (i32.ge_u (local.get $token) (local.get $tokens)))
        (local.set $o (f64.const 0))
        (local.set $bc (f64.const 0))
        (local.set $ic (f64.const 0))
        (local.set $bs (f64.const 0))
        (local.set $is (f64.const 0))
        (local.set $bq (f64.const 0))
        (local.set $iq (f64.const 0))
        (if (i32.load8_u (i32.add (global.get $include) (local.get $token)))
          (then
            (call $tokenFeatures (local.get $token) (local.get $scratch))
            (local.set $feature (i32.const 0))
            (loop $eachFeature
              (local.set $row (i32.load16_u (i32.add (local.get $rows)
                (i32.shl (i32.load (i32.add (local.get $scratch) (i32.shl (local.get $feature) (i32.const 2)))) (i32.const 1)))))
              (if (local.get $row)
                (then
                  (local.set $weights (i32.add (local.get $table) (i32.mul (local.get $row) (i32.const 28))))
                  (local.set $o (f64.add (local.get $o) (f64.promote_f32 (f32.load offset=0 (local.get $weights)))))
                  (local.set $bc (f64.add (local.get $bc) (f64.promote_f32 (f32.load offset=4 (local.get $weights)))))
                  (local.set $ic (f64.add (local.get $ic) (f64.promote_f32 (f32.load offset=8 (local.get $weights)))))
                  (local.set $bs (f64.add (local.get $bs) (f64.promote_f32 (f32.load offset=12 (local.get $weights)))))
                  (local.set $is (f64.add (local.get $is) (f64.promote_f32 (f32.load offset=16 (local.get $weights)))))
                  (local.set $bq (f64.add (local.get $bq) (f64.promote_f32 (f32.load offset=20 (local.get $weights)))))
                  (local.set $iq (f64.add (local.get $iq) (f64.promote_f32 (f32.load offset=24 (local.get $weights)))))))
              (local.set $feature (i32.add (local.get $feature) (i32.const 1)))
              (br_if $eachFeature (i32.lt_u (local.get $feature) (i32.const 22))))))
        (local.set $out (i32.add (local.get $scores) (i32.mul (local.get $token) (i32.const 56))))
        (f64.store offset=0 (local.get $out) (local.get $o))
        (f64.store offset=8 (local.get $out) (local.get $bc))
        (f64.store offset=16 (local.get $out) (local.get $ic))
        (f64.store offset=24 (local.get $out) (local.get $bs))
        (f64.store offset=32 (local.get $out) (local.get $is))
        (f64.store offset=40 (local.get $out) (local.get $bq))
        (f64.store offset=48 (local.get $out) (local.get $iq))
        (local.set $token (i32.add (local.get $token) (i32.const 1)))
        (br $eachToken))))

  ;; viterbi: the best labels (u8, from `labels` + first) of tokens `first` to `last` inclusive, as
  ;; tagger.ts's `viterbi` finds them. allowed: u8 at (from + 1) * 7 + to, 1 when `to` may follow
  ;; `from` (from -1: the start); transitions: f64 at from * 7 + to; start: f64 per label; best (f64)
  ;; and back (u8): 7 per token of the stretch, room the caller gives.
  (func (export "viterbi") (param $scores i32) (param $first i32) (param $last i32) (param $allowed i32) (param $transitions i32) (param $start i32) (param $best i32) (param $back i32) (param $labels i32)
    (local $length i32) (local $at i32) (local $to i32) (local $from i32) (local $previous i32)
    (local $top f64) (local $value f64) (local $row i32) (local $label i32) (local $candidate i32) (local $offset i32)
    (local.set $length (i32.add (i32.sub (local.get $last) (local.get $first)) (i32.const 1)))
    (if (i32.le_s (local.get $length) (i32.const 0)) (then (return)))
    (local.set $offset (i32.add (local.get $scores) (i32.mul (local.get $first) (i32.const 56))))
    ;; the first token: the start weights
    (local.set $to (i32.const 0))
    (loop $eachStartLabel
      (f64.store (i32.add (local.get $best) (i32.shl (local.get $to) (i32.const 3)))
        (if (result f64) (i32.load8_u (i32.add (local.get $allowed) (local.get $to)))
          (then (f64.add
            (f64.load (i32.add (local.get $start) (i32.shl (local.get $to) (i32.const 3))))
            (f64.load (i32.add (local.get $offset) (i32.shl (local.get $to) (i32.const 3))))))
          (else (f64.const -inf))))
      (local.set $to (i32.add (local.get $to) (i32.const 1)))
      (br_if $eachStartLabel (i32.lt_u (local.get $to) (i32.const 7))))
    ;; each later token: for each label, its best predecessor (the first of equals, in label order)
    (local.set $at (i32.const 1))
    (block $tokensDone
      (loop $eachToken
        (br_if $tokensDone (i32.ge_s (local.get $at) (local.get $length)))
        (local.set $row (i32.mul (local.get $at) (i32.const 7)))
        (local.set $to (i32.const 0))
        (loop $eachLabel
          (local.set $top (f64.const -inf))
          (local.set $from (i32.const 0))
          (local.set $previous (i32.const 0))
          (loop $eachPrevious
            (if (i32.load8_u (i32.add (local.get $allowed) (i32.add (i32.mul (i32.add (local.get $previous) (i32.const 1)) (i32.const 7)) (local.get $to))))
              (then
                (local.set $value (f64.add
                  (f64.load (i32.add (local.get $best) (i32.shl (i32.add (i32.sub (local.get $row) (i32.const 7)) (local.get $previous)) (i32.const 3))))
                  (f64.load (i32.add (local.get $transitions) (i32.shl (i32.add (i32.mul (local.get $previous) (i32.const 7)) (local.get $to)) (i32.const 3))))))
                (if (f64.gt (local.get $value) (local.get $top))
                  (then
                    (local.set $top (local.get $value))
                    (local.set $from (local.get $previous))))))
            (local.set $previous (i32.add (local.get $previous) (i32.const 1)))
            (br_if $eachPrevious (i32.lt_u (local.get $previous) (i32.const 7))))
          (f64.store (i32.add (local.get $best) (i32.shl (i32.add (local.get $row) (local.get $to)) (i32.const 3)))
            (f64.add (local.get $top) (f64.load (i32.add (local.get $offset) (i32.shl (i32.add (local.get $row) (local.get $to)) (i32.const 3))))))
          (i32.store8 (i32.add (local.get $back) (i32.add (local.get $row) (local.get $to))) (local.get $from))
          (local.set $to (i32.add (local.get $to) (i32.const 1)))
          (br_if $eachLabel (i32.lt_u (local.get $to) (i32.const 7))))
        (local.set $at (i32.add (local.get $at) (i32.const 1)))
        (br $eachToken)))
    ;; the best last label (the first of equals), then back through the pointers
    (local.set $row (i32.mul (i32.sub (local.get $length) (i32.const 1)) (i32.const 7)))
    (local.set $label (i32.const 0))
    (local.set $candidate (i32.const 1))
    (loop $eachLastLabel
      (if (f64.gt
            (f64.load (i32.add (local.get $best) (i32.shl (i32.add (local.get $row) (local.get $candidate)) (i32.const 3))))
            (f64.load (i32.add (local.get $best) (i32.shl (i32.add (local.get $row) (local.get $label)) (i32.const 3)))))
        (then (local.set $label (local.get $candidate))))
      (local.set $candidate (i32.add (local.get $candidate) (i32.const 1)))
      (br_if $eachLastLabel (i32.lt_u (local.get $candidate) (i32.const 7))))
    (local.set $at (i32.sub (local.get $length) (i32.const 1)))
    (loop $eachBack
      (i32.store8 (i32.add (local.get $labels) (i32.add (local.get $first) (local.get $at))) (local.get $label))
      (local.set $label (i32.load8_u (i32.add (local.get $back) (i32.add (i32.mul (local.get $at) (i32.const 7)) (local.get $label)))))
      (local.set $at (i32.sub (local.get $at) (i32.const 1)))
      (br_if $eachBack (i32.ge_s (local.get $at) (i32.const 0)))))
)
