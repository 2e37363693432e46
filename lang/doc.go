// Package lang identifies the language of a news text: Indonesian ("id"),
// Malay ("ms"), English ("en"), or "und" when it cannot say.
//
// Two sources of evidence are combined. The first is lingua-go, a
// character n-gram classifier restricted to Indonesian, Malay, English and
// Tagalog; Tagalog is there only so that Philippine text, which shares much
// of its vocabulary with Malay, is not forced into one of our languages.
// Lingua costs a fixed ~0.2 ms a call plus ~1 µs a byte, so it reads only a
// short sample of the text. The second is a lexicon of our own, read over
// the first few kilobytes: function words of English and of
// Indonesian–Malay, and words whose spelling differs between Indonesian and
// Malay (karena/kerana, uang/wang, bahwa/bahawa, persen/peratus, ...).
//
// The lexicon serves three purposes. It decides Indonesian against Malay
// when its markers clearly favour one, because the two standards share most
// character n-grams and lingua confuses them on news text. It makes "und"
// honest: text in which the function words of the winning language are rare
// (another language, a table of numbers, markup) or in which English and
// Indonesian function words both abound (mixed text) is not labelled. And
// it is cheap, so that it can read far more of the text than lingua can.
package lang
