package ingest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/warta-news/warta"
)

// fuzzRead reads data as a file called name and checks the invariants every
// input must keep: no panic, every document valid UTF-8 with an id, an
// origin and exactly one of Text and HTML, and every error an *InputError.
func fuzzRead(t *testing.T, name string, data []byte) {
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	r := &Reader{MaxRecordBytes: 64 << 10, MaxDecodedBytes: 1 << 20}
	err := r.Read(context.Background(), File{Path: path}, func(d warta.Document) error {
		if d.ID == "" || d.Origin == "" || d.Format == "" {
			t.Errorf("%s: document without id, origin or format: %+v", name, d)
		}
		if (d.Text == "") == (d.HTML == "") {
			t.Errorf("%s: document %q has Text %d bytes and HTML %d bytes, want exactly one", name, d.ID, len(d.Text), len(d.HTML))
		}
		for _, s := range []string{d.Text, d.HTML, d.Title, d.URL, d.Outlet, d.Author, d.Language, d.Published} {
			if !utf8.ValidString(s) {
				t.Errorf("%s: document %q holds invalid UTF-8 %q", name, d.ID, s)
			}
		}
		return nil
	}, func(err error) {
		var ie *InputError
		if !errors.As(err, &ie) || !strings.HasPrefix(ie.Path, path) {
			t.Errorf("%s: failure %v is not an *InputError naming the file", name, err)
		}
	})
	var ie *InputError
	if err != nil && (!errors.As(err, &ie) || ie.Path != path) {
		t.Errorf("%s: error %v is not an *InputError for the file", name, err)
	}
}

func addSeeds(f *testing.F, names ...string) {
	for _, n := range names {
		b, err := os.ReadFile(filepath.Join("testdata", n))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
}

func FuzzReadText(f *testing.F) {
	addSeeds(f, "berita.txt", "latin1.txt", "utf16.txt", "halaman-salah.txt", "halaman.html.gz")
	f.Add([]byte{0xfe, 0xff, 0, 'a', 0xd8})
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "in.txt", data) })
}

func FuzzReadHTML(f *testing.F) {
	addSeeds(f, "halaman.html")
	f.Add([]byte("<meta charset=gbk><p>\xb0\xa1"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "in.html", data) })
}

func FuzzReadJSON(f *testing.F) {
	addSeeds(f, "artikel.json", "kumpulan.json", "tunggal.json")
	f.Add([]byte(`{"a": [{"body": "x"}], "b": {"c": [1, {"d": "e"}]}}`))
	f.Add([]byte(`[{"body": "\u00e9\ud800"}, 1e999, {"body": ["x", {"rendered": 2}]}]`))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "in.json", data) })
}

func FuzzReadJSONLines(f *testing.F) {
	addSeeds(f, "newsplease.jsonl")
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "in.jsonl", data) })
}

func FuzzReadCSV(f *testing.F) {
	addSeeds(f, "dump.csv", "dump.tsv")
	f.Add([]byte("judul,isi\n\"a\"b\",\"c\n"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "in.csv", data) })
}

func FuzzReadWARC(f *testing.F) {
	page := "<html><body><p>x</p></body></html>"
	f.Add([]byte(warcRec("response", "https://a.example/", "application/http; msgtype=response", httpResponse("200 OK", "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n", chunked(page, 5)))))
	f.Add([]byte(warcRec("resource", "https://a.example/", "text/html", page) + "WARC/1.0\r\nContent-Length: 99999\r\n\r\nabc"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "in.warc", data) })
}

func FuzzReadFeed(f *testing.F) {
	addSeeds(f, "umpan.xml", "atom.atom")
	f.Add([]byte(`<rss><channel><item><description>&lt;p&gt;x</description></item></channel></rss>`))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "in.xml", data) })
}

func FuzzDecodeText(f *testing.F) {
	f.Add([]byte("Caf\xe9"))
	f.Add([]byte("Kopi – \xff"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := decodeText(data)
		if err == nil && !utf8.ValidString(s) {
			t.Errorf("decodeText(%q) = %q, not valid UTF-8", data, s)
		}
		if err != nil && !errors.Is(err, ErrUnsupported) {
			t.Errorf("decodeText(%q) error = %v, want ErrUnsupported", data, err)
		}
	})
}
