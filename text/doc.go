// Package text turns news text into the units the other stages work on:
// sentences and words with byte offsets, folded and normalised forms for
// matching and exact-copy hashing, stems for search, and content words for
// similarity. Every function is pure, allocates little, and is safe for
// concurrent use.
//
// Indonesian comes first, English second. Sentences knows the
// abbreviations of both (Dr., Prof., H., Hj., dll., Jl., Kec., Mr., Gen.,
// U.S., a.m., ...), initials, decimals, ellipses and closing quotes, and
// ends a sentence at every newline, because cleaned article bodies hold one
// paragraph a line. Words follows Unicode word segmentation (UAX #29) and
// keeps hyphenated words such as "negara-negara" whole. Stem uses Sastrawi
// (go-sastrawi) for Indonesian and Malay and Snowball for English and
// Spanish (Stopword knows Spanish too, for ContentWords), with
// reduplication handled first and a bounded cache in front, because a
// Sastrawi stem costs microseconds and news repeats its words.
//
// Offsets are byte offsets into the string given, as everywhere in Warta.
package text
