package ingest

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"strings"
	"testing"
)

// warcRec builds one WARC/1.1 record.
func warcRec(typ, uri, contentType, block string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%08x-0000-0000-0000-000000000000>\r\n", typ, len(block))
	if uri != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", uri)
	}
	fmt.Fprintf(&b, "WARC-Date: 2025-03-04T05:06:07Z\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", contentType, len(block), block)
	return b.String()
}

func httpResponse(status, header, body string) string {
	return "HTTP/1.1 " + status + "\r\n" + header + "\r\n" + body
}

func chunked(s string, size int) string {
	var b strings.Builder
	for len(s) > 0 {
		n := min(size, len(s))
		fmt.Fprintf(&b, "%x\r\n%s\r\n", n, s[:n])
		s = s[n:]
	}
	b.WriteString("0\r\n\r\n")
	return b.String()
}

func testWARC(t *testing.T) []string {
	page := "<html><body><p>Berita satu.</p></body></html>"
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("<html><body><p>Berita dua, terkompresi.</p></body></html>"))
	zw.Close()
	const httpMsg = "application/http; msgtype=response"
	return []string{
		warcRec("warcinfo", "", "application/warc-fields", "software: test\r\n"),
		warcRec("request", "https://a.example/1", "application/http; msgtype=request", "GET /1 HTTP/1.1\r\nHost: a.example\r\n\r\n"),
		warcRec("response", "https://a.example/1", httpMsg, httpResponse("200 OK", "Content-Type: text/html; charset=utf-8\r\n", page)),
		warcRec("response", "<https://a.example/2>", httpMsg, httpResponse("200 OK", "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n", chunked(gz.String(), 16))),
		warcRec("response", "https://a.example/logo.png", httpMsg, httpResponse("200 OK", "Content-Type: image/png\r\n", "\x89PNG")),
		warcRec("response", "https://a.example/missing", httpMsg, httpResponse("404 Not Found", "Content-Type: text/html\r\n", "<p>tidak ada</p>")),
		"WARC/1.1\r\nWARC-Type: response\r\nContent-Length: banyak\r\n\r\njunk\r\n\r\n",
		warcRec("resource", "https://a.example/3", "text/html", "<p>Sumber daya \xa3\xf3d\xbc</p><meta charset=iso-8859-2>"),
		warcRec("response", "https://a.example/4", httpMsg, httpResponse("200 OK", "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n", "<p>Sudah di-dechunk oleh perayap.</p>")),
		warcRec("metadata", "https://a.example/1", "application/warc-fields", "outlinks: x\r\n"),
	}
}

func TestReadWARC(t *testing.T) {
	records := testWARC(t)
	plain := strings.Join(records, "")
	var gz bytes.Buffer
	for _, r := range records {
		// One gzip member per record, as .warc.gz files are written.
		zw := gzip.NewWriter(&gz)
		zw.Write([]byte(r))
		zw.Close()
	}
	for _, tt := range []struct {
		name string
		data []byte
	}{
		{"crawl.warc", []byte(plain)},
		{"crawl.warc.gz", gz.Bytes()},
		{"mislabelled.txt", []byte(plain)},
	} {
		path := writeTemp(t, tt.name, tt.data)
		res := readFile(t, &Reader{}, path)
		if res.err != nil {
			t.Errorf("Read(%s) error = %v", tt.name, res.err)
		}
		var got []string
		for _, d := range res.Docs {
			if d.Format != "warc" || d.Published != "2025-03-04T05:06:07Z" || d.ID != urlID(d.URL) {
				t.Errorf("Read(%s) document %+v: want format warc, the WARC-Date and the URL's id", tt.name, d)
			}
			got = append(got, d.URL+" "+d.HTML)
		}
		want := []string{
			"https://a.example/1 <html><body><p>Berita satu.</p></body></html>",
			"https://a.example/2 <html><body><p>Berita dua, terkompresi.</p></body></html>",
			"https://a.example/3 <p>Sumber daya Łódź</p><meta charset=iso-8859-2>",
			"https://a.example/4 <p>Sudah di-dechunk oleh perayap.</p>",
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("Read(%s) documents =\n%s\nwant\n%s", tt.name, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		line := 1 + strings.Count(strings.Join(records[:6], ""), "\n")
		wantFail := fmt.Sprintf("%s:%d: parse warc: bad Content-Length \"banyak\"", path, line)
		if len(res.Failures) != 1 || res.Failures[0] != wantFail {
			t.Errorf("Read(%s) failures = %q, want [%q]", tt.name, res.Failures, wantFail)
		}
		if len(res.Docs) > 0 {
			if want := fmt.Sprintf("%s:%d", path, 1+strings.Count(strings.Join(records[:2], ""), "\n")); res.Docs[0].Origin != want {
				t.Errorf("Read(%s) first origin = %q, want %q", tt.name, res.Docs[0].Origin, want)
			}
		}
	}
}

func TestReadWARCTruncated(t *testing.T) {
	records := testWARC(t)
	data := strings.Join(records[:3], "")
	data = data[:len(data)-20]
	path := writeTemp(t, "cut.warc", []byte(data))
	res := readFile(t, &Reader{}, path)
	if res.err != nil || len(res.Docs) != 0 || len(res.Failures) != 1 || !strings.Contains(res.Failures[0], "truncated record") {
		t.Errorf("Read(cut.warc) = %d docs, failures %q, error %v; want one truncated-record failure", len(res.Docs), res.Failures, res.err)
	}
}

func TestReadWARCOversized(t *testing.T) {
	big := "<html><body>" + strings.Repeat("<p>paragraf</p>", 200) + "</body></html>"
	data := warcRec("response", "https://a.example/big", "application/http; msgtype=response", httpResponse("200 OK", "Content-Type: text/html\r\n", big)) +
		warcRec("response", "https://a.example/bigimg", "application/http; msgtype=response", httpResponse("200 OK", "Content-Type: image/png\r\n", strings.Repeat("x", 5000))) +
		warcRec("resource", "https://a.example/small", "text/html", "<p>kecil</p>")
	path := writeTemp(t, "big.warc", []byte(data))
	res := readFile(t, &Reader{MaxRecordBytes: 1 << 10}, path)
	if res.err != nil || len(res.Docs) != 1 || res.Docs[0].URL != "https://a.example/small" {
		t.Errorf("Read(big.warc) = %+v, %v; want only the small page", res.Docs, res.err)
	}
	if len(res.Failures) != 1 || !strings.Contains(res.Failures[0], "too large: record of") {
		t.Errorf("Read(big.warc) failures = %q, want one too-large failure for the HTML page only", res.Failures)
	}
}
