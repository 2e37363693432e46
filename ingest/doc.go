// Package ingest turns paths into warta.Documents.
//
// It is the first stage of the pipeline and does no analysis: no cleaning,
// no language identification, no date parsing. It reads formats faithfully
// and names every failure precisely, so that a run over a thousand files can
// say which line of which file went wrong and still read the rest.
//
// Expand resolves command-line paths (files, directories walked recursively,
// "-" for standard input) into Files. A Reader reads one File and emits its
// Documents. The format is chosen from the content first and the file name
// second, so that a page saved as .txt is still read as HTML and a gzip
// stream without .gz is still decompressed:
//
//   - gzip and bzip2 compression, transparently (multi-member gzip too, as
//     in .warc.gz);
//   - .txt: the whole file is one Document with Text set;
//   - .html, .htm: the whole file is one Document with HTML set;
//   - .json: an object, an array of objects, an object holding an array of
//     objects under a key such as "articles", or several such values in a row;
//   - .jsonl, .ndjson: one object per line;
//   - .csv, .tsv: a header row names the columns;
//   - .warc, .warc.gz: HTML responses and resources of WARC/1.0 and 1.1;
//   - RSS and Atom feeds: one Document per item.
//
// Records of JSON and CSV inputs are mapped through one table of field names
// that covers the usual news dumps (news-please, plain title/body dumps,
// Indonesian column names such as judul and isi_berita), matched without
// regard to case.
//
// Text is always returned as valid UTF-8: a UTF-8 byte order mark is
// dropped, UTF-16 with a byte order mark is decoded, text that has no valid
// UTF-8 multi-byte sequence is read as Windows-1252, and a few stray invalid
// bytes are replaced with U+FFFD. Content that is mostly invalid, or holds
// NUL bytes, is reported as binary.
//
// Memory stays bounded by Reader.MaxRecordBytes: line- and record-oriented
// formats are streamed, and a single record, line or page above the limit
// fails on its own while the reader goes on with the next one.
package ingest
