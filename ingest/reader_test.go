package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/warta-news/warta"
)

func gzipBytes(t testing.TB, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write(data)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestReadFileErrors covers inputs that fail as a whole.
func TestReadFileErrors(t *testing.T) {
	random := make([]byte, 4096)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range random {
		random[i] = byte(rng.Uint32())
	}
	tests := []struct {
		name string
		data []byte
		want error
		msg  string // expected Error() after the path
	}{
		{"empty.txt", nil, ErrEmpty, "empty file"},
		{"blank.txt", []byte("\n \n\t"), ErrEmpty, "empty file (only white space)"},
		{"empty.json.gz", gzipBytes(t, nil), ErrEmpty, "empty file"},
		{"random.bin", random, ErrUnsupported, ""},
		{"random.txt.gz", gzipBytes(t, random), ErrUnsupported, ""},
		{"doc.pdf", []byte("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<\x00>>"), ErrUnsupported, "unsupported or binary content (looks like application/pdf)"},
		{"img.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), ErrUnsupported, "unsupported or binary content (looks like image/png)"},
		{"truncated.json", []byte(`{"title": "x", "body": "y`), nil, "parse json: json syntax: line 1: unexpected end of input inside a value"},
		{"scalar.json", []byte(`"just a string"`), nil, "parse json: json syntax: line 1: unexpected '\"', expected an object or an array"},
		{"broken.gz", []byte{0x1f, 0x8b, 0x08, 0, 0, 0}, nil, "gzip: unexpected EOF"},
		{"arc.xz", []byte{0xfd, '7', 'z', 'X', 'Z', 0, 0, 0}, ErrUnsupported, "unsupported or binary content (xz-compressed: decompress it first)"},
		{"nobody.csv", []byte("judul,tanggal\nx,y\n"), ErrNoBody, ""},
		{"sitemap.xml", []byte(`<?xml version="1.0"?><urlset><url/></urlset>`), ErrUnsupported, "unsupported or binary content (XML whose root element is <urlset>, not an RSS or Atom feed)"},
		{"bad.rss", []byte(`<rss version="2.0"><channel><item><title>x</ti`), nil, ""},
	}
	for _, tt := range tests {
		path := writeTemp(t, tt.name, tt.data)
		res := readFile(t, &Reader{}, path)
		var ie *InputError
		if !errors.As(res.err, &ie) || ie.Path != path {
			t.Errorf("Read(%s) error = %v, want an *InputError for %s", tt.name, res.err, path)
			continue
		}
		if tt.want != nil && !errors.Is(res.err, tt.want) {
			t.Errorf("Read(%s) error = %v, want one wrapping %v", tt.name, res.err, tt.want)
		}
		if tt.msg != "" && res.Err != path+": "+tt.msg {
			t.Errorf("Read(%s) error = %q, want %q", tt.name, res.Err, path+": "+tt.msg)
		}
		if len(res.Docs) != 0 {
			t.Errorf("Read(%s) emitted %d documents, want none", tt.name, len(res.Docs))
		}
	}
}

func TestReadMissingAndDirectory(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct{ path, msg string }{
		{filepath.Join(dir, "nope.txt"), "no such file or directory"},
		{dir, "is a directory"},
	} {
		res := readFile(t, &Reader{}, tt.path)
		if res.Err != tt.path+": "+tt.msg {
			t.Errorf("Read(%s) error = %q, want %q", tt.path, res.Err, tt.path+": "+tt.msg)
		}
	}
}

// TestReadRecords checks that bad records fail alone, named by line, and
// the good ones around them are read.
func TestReadRecords(t *testing.T) {
	tests := []struct {
		name      string
		data      string
		limit     int64
		wantIDs   []string
		wantFails []string // suffixes after the path
	}{
		{
			name:      "lines.jsonl",
			data:      "{\"id\":\"a\",\"body\":\"x\"}\n{\"id\":\"b\",\"body\":\"" + strings.Repeat("y", 200) + "\"}\n{\"id\":\"c\",\"body\":\"z\"}\n",
			limit:     100,
			wantIDs:   []string{"a", "c"},
			wantFails: []string{":2: too large: line of 220 B larger than 100 B (MaxRecordBytes)"},
		},
		{
			name:      "array.json",
			data:      "[\n{\"id\":\"a\",\"body\":\"x\"},\n{\"id\":\"b\",\"body\":\"" + strings.Repeat("y", 200) + "\"},\n{\"id\":\"c\",\"body\":\"z\"}\n]",
			limit:     100,
			wantIDs:   []string{"a", "c"},
			wantFails: []string{":3: too large: record of 220 B larger than 100 B (MaxRecordBytes)"},
		},
		{
			name:      "truncated.json",
			data:      "[\n{\"id\":\"a\",\"body\":\"x\"},\n{\"id\":\"b\",\"bo",
			wantIDs:   []string{"a"},
			wantFails: []string{":3: parse json: json syntax: line 3: unexpected end of input inside a value; rest of file not read"},
		},
		{
			name:      "mismatch.json",
			data:      "[{\"id\":\"a\",\"body\":\"x\"},\n{\"id\":\"b\",\"body\":[}]",
			wantIDs:   []string{"a"},
			wantFails: []string{":2: parse json: json syntax: line 2: unexpected '}', expected ']'; rest of file not read"},
		},
		{
			name:      "invalid-element.json",
			data:      "[{\"id\":\"a\",\"body\":\"x\"},\n{\"id\":\"b\" \"body\":2},\n{\"id\":\"c\",\"body\":\"z\"}]",
			wantIDs:   []string{"a", "c"},
			wantFails: []string{":2: parse json: invalid character '\"' after object key:value pair"},
		},
		{
			name:    "concatenated.json",
			data:    "{\"id\":\"a\",\"body\":\"x\"}\n{\"id\":\"b\",\"body\":\"y\"}",
			wantIDs: []string{"a", "b"},
		},
		{
			name:    "unknown-container.json",
			data:    "{\"meta\": {\"n\": 2},\n \"hasil\": [\n  {\"id\": \"a\", \"isi\": \"x\"},\n  {\"id\": \"b\", \"isi\": \"y\"}]}",
			wantIDs: []string{"a", "b"},
		},
		{
			name:      "scalars.jsonl",
			data:      "42\n\"teks\"\nnull\n[1]\n{\"id\":\"a\",\"body\":\"x\"} trailing\n",
			wantFails: []string{":1: line is a number, not an object", ":2: line is a string, not an object", ":3: line is null, not an object", ":4: array element is a number, not an object", ":5: parse json: data after the value"},
		},
		{
			name:      "long.csv",
			data:      "id,body\na,x\nb,\"" + strings.Repeat("y", 300<<10) + "\"\nc,z\n",
			limit:     1 << 10,
			wantIDs:   []string{"a"},
			wantFails: []string{":3: too large: row larger than 1 KiB (MaxRecordBytes); rest of file not read"},
		},
		{
			name:    "semicolon.csv",
			data:    "id;judul;isi\na;Satu;Isi, dengan koma\n",
			wantIDs: []string{"a"},
		},
		{
			name:      "latin1.jsonl",
			data:      "{\"id\":\"a\",\"body\":\"Caf\xe9\"}\n",
			wantIDs:   []string{"a"},
			wantFails: nil,
		},
	}
	for _, tt := range tests {
		path := writeTemp(t, tt.name, []byte(tt.data))
		res := readFile(t, &Reader{MaxRecordBytes: tt.limit}, path)
		if res.err != nil {
			t.Errorf("Read(%s) error = %v, want nil", tt.name, res.err)
		}
		var ids []string
		for _, d := range res.Docs {
			ids = append(ids, d.ID)
		}
		if strings.Join(ids, ",") != strings.Join(tt.wantIDs, ",") {
			t.Errorf("Read(%s) ids = %q, want %q", tt.name, ids, tt.wantIDs)
		}
		var fails []string
		for _, f := range res.Failures {
			fails = append(fails, strings.TrimPrefix(f, path))
		}
		if strings.Join(fails, "\n") != strings.Join(tt.wantFails, "\n") {
			t.Errorf("Read(%s) failures =\n%q\nwant\n%q", tt.name, fails, tt.wantFails)
		}
	}
}

func TestReadLatin1Record(t *testing.T) {
	path := writeTemp(t, "latin1.jsonl", []byte("{\"id\":\"a\",\"body\":\"Caf\xe9 \x93enak\x94\"}\n"))
	res := readFile(t, &Reader{}, path)
	if len(res.Docs) != 1 || res.Docs[0].Text != "Café “enak”" {
		t.Errorf("Read(latin1.jsonl) = %+v, want one document with text %q", res.Docs, "Café “enak”")
	}
}

// TestReadHugeLine writes a single 50 MB line between two good ones: it
// fails on its own with the default limit, and memory stays bounded.
func TestReadHugeLine(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 50 MB")
	}
	path := filepath.Join(t.TempDir(), "huge.jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("{\"id\":\"a\",\"body\":\"x\"}\n{\"id\":\"big\",\"body\":\"")
	chunk := bytes.Repeat([]byte("kata "), 1<<20/5)
	for range 50 {
		f.Write(chunk)
	}
	f.WriteString("\"}\n{\"id\":\"c\",\"body\":\"z\"}\n")
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	res := readFile(t, &Reader{}, path)
	if res.err != nil || len(res.Docs) != 2 || len(res.Failures) != 1 {
		t.Fatalf("Read(huge.jsonl) = %d docs, failures %q, error %v; want 2 docs and 1 failure", len(res.Docs), res.Failures, res.err)
	}
	if want := path + ":2: too large: line of"; !strings.HasPrefix(res.Failures[0], want) {
		t.Errorf("Read(huge.jsonl) failure = %q, want prefix %q", res.Failures[0], want)
	}

	// 40 MB of text in one file is a page above the limit.
	txt := filepath.Join(t.TempDir(), "huge.txt")
	if err := os.WriteFile(txt, bytes.Repeat(chunk, 40), 0o644); err != nil {
		t.Fatal(err)
	}
	res = readFile(t, &Reader{}, txt)
	if !errors.Is(res.err, ErrTooLarge) || res.Err != txt+": too large: file larger than 32 MiB (MaxRecordBytes)" {
		t.Errorf("Read(huge.txt) error = %v, want ErrTooLarge", res.err)
	}
}

// TestReadDecompressionBomb checks MaxDecodedBytes: 64 MiB of zeros
// compress to about 64 KiB.
func TestReadDecompressionBomb(t *testing.T) {
	var b bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
	line := []byte(`{"id":"a","body":"` + strings.Repeat("a", 1000) + "\"}\n")
	for range 64 << 10 {
		zw.Write(line)
	}
	zw.Close()
	path := writeTemp(t, "bomb.jsonl.gz", b.Bytes())
	n := 0
	err := (&Reader{MaxDecodedBytes: 1 << 20}).Read(context.Background(), File{Path: path}, func(warta.Document) error { n++; return nil }, nil)
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "decompresses to more than 1 MiB") {
		t.Errorf("Read(bomb) error = %v, want ErrTooLarge naming 1 MiB", err)
	}
	if n == 0 || n > 1100 {
		t.Errorf("Read(bomb) emitted %d documents, want the ones in the first MiB", n)
	}
}

func TestReadStdin(t *testing.T) {
	tests := []struct {
		in       string
		wantID   string
		wantOrig string
		format   string
	}{
		{"Teks dari stdin.\n", "stdin", "-", "txt"},
		{"{\"id\":\"x1\",\"body\":\"a\"}\n{\"url\":\"https://a.example/\",\"body\":\"b\"}\n", "x1", "-:1", "jsonl"},
		{string(gzipBytes(t, []byte("<html><body><p>x</p></body></html>"))), "stdin", "-", "html"},
	}
	for _, tt := range tests {
		var docs []warta.Document
		r := &Reader{Stdin: strings.NewReader(tt.in)}
		err := r.Read(context.Background(), File{Path: "-"}, func(d warta.Document) error { docs = append(docs, d); return nil }, nil)
		if err != nil || len(docs) == 0 {
			t.Errorf("Read(stdin %q) = %v, %v", tt.in, docs, err)
			continue
		}
		if d := docs[0]; d.ID != tt.wantID || d.Origin != tt.wantOrig || d.Format != tt.format {
			t.Errorf("Read(stdin %q) = id %q origin %q format %q, want %q %q %q", tt.in, d.ID, d.Origin, d.Format, tt.wantID, tt.wantOrig, tt.format)
		}
	}
}

func TestReadEmitErrorAndCancel(t *testing.T) {
	path := filepath.Join("testdata", "newsplease.jsonl")
	stop := errors.New("stop here")
	n := 0
	err := (&Reader{}).Read(context.Background(), File{Path: path}, func(warta.Document) error { n++; return stop }, nil)
	if err != stop || n != 1 {
		t.Errorf("Read with failing emit = %v after %d documents, want %v after 1", err, n, stop)
	}
	for _, name := range []string{"artikel.json", "dump.csv", "umpan.xml", "berita.txt"} {
		n = 0
		err = (&Reader{}).Read(context.Background(), File{Path: filepath.Join("testdata", name)}, func(warta.Document) error { n++; return stop }, nil)
		if err != stop || n != 1 {
			t.Errorf("Read(%s) with failing emit = %v after %d documents, want %v after 1", name, err, n, stop)
		}
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err = (&Reader{}).Read(ctx, File{Path: path}, func(warta.Document) error { return nil }, nil)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Read with cancelled context = %v, want context.Canceled", err)
	}
}

func TestReadBzip2(t *testing.T) {
	// "Kabar dari berkas bzip2.\n", made with bzip2 -9.
	data := []byte("\x42\x5a\x68\x39\x31\x41\x59\x26\x53\x59\x0d\x32\x07\xf3\x00\x00\x03\x5d\x80\x00\x10\x40\x01\x10\x00\x00\x08\x36\x28\x58\x10\x20\x00\x31\x4c\x00\x01\x4d\x18\x98\x64\x9c\x92\x5c\xbc\x55\x90\x36\xb3\x88\x1b\x58\x8d\xf1\x77\x24\x53\x85\x09\x00\xd3\x20\x7f\x30")
	path := writeTemp(t, "kabar.txt.bz2", data)
	res := readFile(t, &Reader{}, path)
	if res.err != nil || len(res.Docs) != 1 || res.Docs[0].ID != "kabar" || res.Docs[0].Text == "" {
		t.Errorf("Read(kabar.txt.bz2) = %+v, %v; want one text document with id kabar", res.Docs, res.err)
	}
}
