// Package lang identifies the language of a news text: Indonesian ("id"),
// Malay ("ms"), English ("en"), Spanish ("es"), or "und" when it cannot
// say.
//
// Two sources of evidence are combined. The first is a lexicon of our own,
// read over the first 4 KB of the text: function words of English and of
// Indonesian–Malay, and words whose spelling or choice differs between
// Indonesian and Malay (karena/kerana, uang/wang, bahwa/bahawa,
// persen/peratus, pemerintah/kerajaan, ...). The second is lingua-go, a
// character n-gram classifier restricted to Indonesian, Malay, English,
// Spanish and Tagalog, Portuguese, Italian and French (the last four are
// there so that Philippine text, which shares much vocabulary with Malay,
// and Spanish's neighbours are not forced into one of our languages).
//
// Spanish has its own function words, and wins only where they outnumber
// both the other groups' and those of Portuguese, Italian and French, which
// share "de", "la" and "que" with it; text that is rich in both is "und".
//
// The lexicon decides most texts alone: which group (English or
// Indonesian–Malay) by function words; "und" when those are rare (another
// language, a table of figures, markup) or when both groups abound (mixed
// text); and Indonesian or Malay when the markers clearly favour one.
// Lingua is asked only where that evidence is thin: a short text must get
// lingua's agreement on the group, and a text whose Malay markers outnumber
// its Indonesian ones without deciding is Malay only if lingua says so.
// Otherwise the answer is Indonesian, the language most of our inputs are
// in.
//
// Why not lingua alone: it costs about 0.2 ms a call plus 1 µs a byte
// (rule filters and arbitrary-precision arithmetic on every call), some
// 3 ms on a 3 KB article, against a budget well under 1 ms; on a short
// sample it mistakes Indonesian news for Malay (names, loanwords, words
// glued by scrapers); and on texts of 120 characters or more it uses only
// trigrams whatever its accuracy mode, so its low-accuracy mode, which
// loads 2 MB of models instead of 45 MB, loses nothing here. The numbers
// are in detect_corpus_test.go and detect_bench_test.go.
package lang
