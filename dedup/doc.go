// Package dedup finds articles that carry the same report, in three
// kinds, from the strongest evidence to the weakest:
//
//   - exact: the bodies are equal once case, punctuation, quote styles and
//     spacing are normalised away (BodyHash);
//   - near: most of the text is shared. Each body gets a MinHash Signature
//     over its word 5-shingles (SignatureSize values); LSH bands propose
//     pairs, and a pair is a near copy when its estimated Jaccard
//     similarity is at least NearThreshold;
//   - rewrite: one source report reworded by another outlet, with new
//     sentences, a new order, a new lead. Shingles cannot see these (the
//     five-word shingles of a rewrite pair overlap by 0.06), so rewrites
//     are found by aligning sentences. Each sentence is represented by
//     its content words (stems, stopwords dropped), its numbers
//     ("ke-72" is 72, "12.418" is 12418), its capitalised names and its
//     quoted words, weighted so that names, numbers and quotes count
//     most; sentences are paired one to one by weighted Dice similarity,
//     and the pairs that keep both articles' order are the evidence. A
//     pair is a rewrite when that evidence covers enough of the shorter
//     article (RewriteCoverage) and shares enough specific anchors
//     (RewriteAnchors).
//
// The rewrite test is built to say no to two reporters covering one
// event: they share names, a number, perhaps a quote, but not the
// sentence-by-sentence sequence of facts. Because names and numbers are
// written alike in Indonesian and English, a translation can align on
// them, but the thresholds were tuned on same-language pairs and a
// translation usually scores below them.
//
// Groups applies the three tests to a whole corpus in roughly linear
// time: copies of one text are handled once; near copies come from LSH
// buckets; rewrite candidates come from an inverted index over each
// article's rarest anchors, with bounded postings and a bounded number of
// partners per article; only candidate pairs are aligned. Compare applies
// the same tests to one pair.
//
// Signatures have a compact binary form (MarshalBinary) so that a store
// can keep them and the near-copy index need not be rebuilt from bodies.
package dedup
