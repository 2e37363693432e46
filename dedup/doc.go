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
// sentence-by-sentence sequence of facts. Four rules carry most of that.
// A rewrite is two outlets' wording of one source: an outlet's own
// follow-up stories, which reuse its background paragraphs, are not
// rewrites of each other (exact and near copies are found whatever the
// outlet).
// Numbers must agree: two sentences that both hold numbers but share none
// are different facts in one template (two match results, two days' gold
// prices), however alike their words. A sentence that recurs in three or
// more texts of the corpus (an outlet's disclaimer, the background
// paragraph pasted under every story of a trial) is boilerplate and is not
// aligned. And the aligned sentences must cover part of the longer
// article too, so that a digest quoting five reports is a copy of none.
//
// Across languages (Indonesian or Malay against English) content words
// cannot match, so sentences are compared by names and numbers alone and
// the coverage needed is lower (CrossRewriteCoverage). This is a first
// attempt, checked on one written translation and on the example
// articles' independent Indonesian and English reports of the same events.
//
// Groups are transitive and disjoint: articles linked by any chain of
// pairs form one group. A group's kind is the weakest kind of link needed
// to connect it, so a group of exact copies stays exact, and a copy of one
// side of a rewrite joins the rewrite group. Rewrite groups keep their
// evidence: the byte spans of the aligned sentences of every pair that
// joined them, for the UI to show side by side.
//
// Groups applies the three tests to a whole corpus in roughly linear
// time: copies of one text are handled once; near copies come from LSH
// buckets; rewrite candidates come from an inverted index over each
// article's rarest anchors, with bounded postings and a bounded number of
// partners per article; only candidate pairs are aligned, in parallel.
// Compare applies the same tests to one pair (without the LSH step, so it
// also sees near copies that the bands would miss, about one in eight at
// Jaccard 0.5, and without boilerplate detection, which needs a corpus).
//
// Signatures have a compact binary form (MarshalBinary) so that a store
// can keep them and the near-copy index need not be rebuilt from bodies.
//
// Update is the incremental form of Groups, for a store that grows: it
// compares a batch of new articles with each other and with the Features
// stored for the articles compared before (body hash, signature, anchors;
// LSH band keys are derived from the signature), reads the bodies of old
// articles only when a rewrite candidate needs them, and returns the
// accepted pairs as links. Connect turns every stored link into report
// groups. Groups, Update and Connect share one core, so that Connect over
// the links of successive Updates gives what Groups gives over the whole
// corpus (tested on the examples and a sample of the RSS crawl, in
// batches); they differ only where a bound of candidate generation binds
// differently on the corpus of each run, or where boilerplate sentences
// are counted among one run's candidates rather than all.
//
// An Index holds the stored features decoded, for a run that compares
// several batches: each batch is compared with the index and then joins
// it, and searches near and rewrite candidates only among the articles
// that share a band key or a rare anchor with it, so a small batch does
// not rebuild the candidate indexes of the whole corpus.
package dedup
