package ingest

import (
	"errors"
	"testing"
)

func TestDetect(t *testing.T) {
	tests := []struct {
		ext, head string
		want      kind
	}{
		{".txt", "Jakarta – Presiden...", kindText},
		{"", "Jakarta – Presiden...", kindText},
		{".txt", "[Jakarta] Polisi menangkap...", kindText},
		{".txt", "{Catatan redaksi} berita ini...", kindText},
		{".txt", "<!DOCTYPE html><html><body>x</body></html>", kindHTML},
		{".txt", "<p>a fragment</p>", kindText},
		{"", "<p>a fragment</p>", kindHTML},
		{".html", "plain text in an html file", kindHTML},
		{".json", "<html><body>x</body></html>", kindHTML},
		{".json", `[{"a":1}]`, kindJSON},
		{".json", "{\"a\":1}\n{\"a\":2}\n", kindJSON},
		{"", "{\"a\":1}\n{\"a\":2}\n", kindJSONL},
		{"", "{\n  \"a\": 1\n}\n", kindJSON},
		{".jsonl", `{"a":1}`, kindJSONL},
		{".ndjson", `[{"a":1}]`, kindJSON},
		{".csv", "judul,isi\nx,y\n", kindCSV},
		{".csv", `[{"judul":"x"}]`, kindJSON},
		{".tsv", "judul\tisi\n", kindTSV},
		{".xml", `<?xml version="1.0"?><rss version="2.0"><channel/></rss>`, kindFeed},
		{".html", "<!-- c --><feed xmlns=\"http://www.w3.org/2005/Atom\">", kindFeed},
		{"", "<rdf:RDF xmlns:rdf=\"x\">", kindFeed},
		{".txt", "WARC/1.0\r\nWARC-Type: warcinfo\r\n", kindWARC},
		{".warc", "WARC/1.1\r\n", kindWARC},
	}
	for _, tt := range tests {
		got, err := detect(tt.ext, []byte(tt.head), true)
		if err != nil || got != tt.want {
			t.Errorf("detect(%q, %q) = %v, %v; want %v", tt.ext, tt.head, got.format(), err, tt.want.format())
		}
	}
}

func TestDetectErrors(t *testing.T) {
	tests := []struct {
		ext, head string
		want      error
		msg       string
	}{
		{".txt", "", ErrEmpty, "empty file"},
		{".txt", " \n\t ", ErrEmpty, "empty file (only white space)"},
		{".txt", "%PDF-1.7\n\x00\x01\x02binary", ErrUnsupported, "unsupported or binary content (looks like application/pdf)"},
		{"", "abc\x00def", ErrUnsupported, "unsupported or binary content (NUL byte at offset 3)"},
		{".txt", "\x01\x02\x03\x04\x05\x06 text", ErrUnsupported, "unsupported or binary content (6 control characters in 11 bytes)"},
		{".xml", `<?xml version="1.0"?><urlset></urlset>`, ErrUnsupported, "unsupported or binary content (XML whose root element is <urlset>, not an RSS or Atom feed)"},
		{".warc", "not a warc", ErrUnsupported, "unsupported or binary content (no WARC/1.x header at the start)"},
	}
	for _, tt := range tests {
		_, err := detect(tt.ext, []byte(tt.head), true)
		if !errors.Is(err, tt.want) || err.Error() != tt.msg {
			t.Errorf("detect(%q, %q) error = %v, want %q", tt.ext, tt.head, err, tt.msg)
		}
	}
}

func TestLooksHTML(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"<p>Isi berita.</p>", true},
		{"  <div><p>x</p></div>", true},
		{"<br>satu<br>dua", true},
		{"Isi berita dengan <b>tebal</b>.", false},
		{"<Jakarta> bukan tag", false},
		{"< 5 persen", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := looksHTML(tt.s); got != tt.want {
			t.Errorf("looksHTML(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestHasTags(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Teks <a href=\"x\">tautan</a>", true},
		{"<p>x</p>", true},
		{"harga < 5 dan > 3", false},
		{"a <3 b", false},
		{"teks polos", false},
	}
	for _, tt := range tests {
		if got := hasTags(tt.s); got != tt.want {
			t.Errorf("hasTags(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
