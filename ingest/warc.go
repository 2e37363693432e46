package ingest

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"net/http/httputil"
	"strconv"
	"strings"

	"github.com/warta-news/warta"
)

// maxWARCHeader bounds the header block of one WARC record.
const maxWARCHeader = 1 << 20

// warcReader reads WARC/1.0 and WARC/1.1 records (ISO 28500) from a
// decompressed stream, counting lines.
type warcReader struct {
	lr *lineReader
}

// warcRecord is one record: its named fields, lower-cased, and its block.
type warcRecord struct {
	line   int // line of the "WARC/1.x" version line
	fields map[string]string
	length int64
}

func (r *warcRecord) field(name string) string { return r.fields[name] }

// readWARC reads response records with an HTML payload and resource
// records of type text/html. Other records (request, metadata, warcinfo,
// revisit, conversion) and non-HTML or non-2xx responses are skipped
// without a word: they are not articles.
func (in *input) readWARC() error {
	w := &warcReader{lr: &lineReader{br: in.br, limit: maxWARCHeader}}
	n := 0
	for {
		if err := in.ctx.Err(); err != nil {
			return err
		}
		rec, err := w.header()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			if n == 0 && rec == nil {
				return in.fileError(fmt.Errorf("parse warc: %w", err))
			}
			line := w.lr.line
			if rec != nil {
				line = rec.line
			}
			in.recordFailed(line, fmt.Errorf("parse warc: %w", err))
			if err := w.resync(); err != nil {
				return nil
			}
			continue
		}
		n++
		if err := in.warcRecord(w, rec, n); err != nil {
			return err
		}
	}
}

// header reads the next record's version line and named fields. Blank lines
// before it (the end of the previous record) are skipped. On a bad
// Content-Length it returns the record with length -1 and an error.
func (w *warcReader) header() (*warcRecord, error) {
	var line []byte
	for {
		l, _, err := w.lr.next()
		if err != nil {
			return nil, err
		}
		if l == nil {
			return nil, fmt.Errorf("line %d: header line too long", w.lr.line)
		}
		if len(bytes.TrimSpace(l)) > 0 {
			line = l
			break
		}
	}
	if !bytes.HasPrefix(line, []byte("WARC/")) {
		return nil, fmt.Errorf("line %d: expected a WARC/1.x version line, found %q", w.lr.line, clip(line, 40))
	}
	rec := &warcRecord{line: w.lr.line, fields: make(map[string]string), length: -1}
	parts := make(map[string][]string) // a field's value and continuation lines
	defer func() {
		for k, v := range parts {
			rec.fields[k] = strings.Join(v, " ")
		}
	}()
	var last string
	size := 0
	for {
		l, _, err := w.lr.next()
		if err == io.EOF {
			return rec, errors.New("truncated record header")
		}
		if err != nil {
			return rec, err
		}
		size += len(l)
		if l == nil || size > maxWARCHeader {
			return rec, errors.New("record header too large")
		}
		if len(l) == 0 {
			break
		}
		if (l[0] == ' ' || l[0] == '\t') && last != "" {
			parts[last] = append(parts[last], string(bytes.TrimSpace(l)))
			continue
		}
		name, value, ok := bytes.Cut(l, []byte(":"))
		if !ok {
			continue // tolerate junk lines, as readers of real archives must
		}
		last = strings.ToLower(string(bytes.TrimSpace(name)))
		parts[last] = []string{string(bytes.TrimSpace(value))}
	}
	cl := strings.Join(parts["content-length"], " ")
	length, err := strconv.ParseInt(cl, 10, 64)
	if err != nil || length < 0 {
		return rec, fmt.Errorf("bad Content-Length %q", cl)
	}
	rec.length = length
	return rec, nil
}

// resync skips lines up to the next version line, after a record whose
// length is unknown.
func (w *warcReader) resync() error {
	for {
		b, err := w.lr.br.Peek(5)
		if err != nil {
			return err
		}
		if string(b) == "WARC/" {
			return nil
		}
		if _, _, err := w.lr.next(); err != nil {
			return err
		}
	}
}

// block reads a record's block of length bytes, or skips it when keep is
// false. It counts the lines it passes.
func (w *warcReader) block(length int64, keep bool) ([]byte, error) {
	if !keep {
		c := &lineCounter{}
		n, err := io.CopyN(c, w.lr.br, length)
		w.lr.line += c.lines
		if err == io.EOF {
			return nil, fmt.Errorf("truncated record: Content-Length %d, only %d bytes", length, n)
		}
		return nil, err
	}
	b := make([]byte, length)
	n, err := io.ReadFull(w.lr.br, b)
	w.lr.line += bytes.Count(b[:n], []byte("\n"))
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return nil, fmt.Errorf("truncated record: Content-Length %d, only %d bytes", length, n)
	}
	return b, err
}

type lineCounter struct{ lines int }

func (c *lineCounter) Write(p []byte) (int, error) {
	c.lines += bytes.Count(p, []byte("\n"))
	return len(p), nil
}

// warcRecord handles the n-th record: it emits a Document for an HTML
// response or resource and skips the others.
func (in *input) warcRecord(w *warcReader, rec *warcRecord, n int) error {
	typ := strings.ToLower(rec.field("warc-type"))
	wanted := typ == "response" || (typ == "resource" && isHTMLType(rec.field("content-type")))
	if !wanted || rec.length > in.limit {
		if wanted && typ == "response" && rec.length > in.limit {
			// Only an HTML response is worth a failure; look at its head.
			head, _ := w.lr.br.Peek(int(min(rec.length, 64<<10)))
			_, wanted = parseHTTPHead(head)
		}
		if _, err := w.block(rec.length, false); err != nil {
			in.recordFailed(rec.line, fmt.Errorf("parse warc: %w", err))
			return nil
		}
		if wanted {
			in.recordFailed(rec.line, in.tooLarge(fmt.Sprintf("record of %s", byteSize(rec.length))))
		}
		return nil
	}
	block, err := w.block(rec.length, true)
	if err != nil {
		in.recordFailed(rec.line, fmt.Errorf("parse warc: %w", err))
		return nil
	}
	payload, contentType := block, rec.field("content-type")
	if typ == "response" {
		resp, ok := parseHTTPHead(block)
		if !ok {
			return nil // not an HTML 2xx response
		}
		payload, err = resp.body(block, in.limit)
		if err != nil {
			in.recordFailed(rec.line, err)
			return nil
		}
		contentType = resp.header["content-type"]
	}
	html, err := decodeHTML(payload, contentType)
	if err != nil {
		in.recordFailed(rec.line, err)
		return nil
	}
	if strings.TrimSpace(html) == "" {
		in.recordFailed(rec.line, fmt.Errorf("%w: empty payload", ErrNoBody))
		return nil
	}
	uri := strings.TrimSuffix(strings.TrimPrefix(rec.field("warc-target-uri"), "<"), ">")
	d := warta.Document{
		// The WARC-Record-ID names one capture, not the article; the URL
		// hash gives the same article the same id in every input.
		ID:        recordID("", uri, in.base, n),
		Origin:    in.at(rec.line),
		Format:    in.format,
		HTML:      html,
		URL:       uri,
		Published: rec.field("warc-date"),
	}
	return in.emit(d)
}

// httpHead is the status line and header of an HTTP response.
type httpHead struct {
	status  int
	header  map[string]string // lower-case names
	bodyOff int
}

// parseHTTPHead parses the HTTP response head at the start of block. ok is
// false unless it is a 2xx response with an HTML content type (or none, and
// a body that starts like HTML).
func parseHTTPHead(block []byte) (h httpHead, ok bool) {
	if !bytes.HasPrefix(block, []byte("HTTP/")) {
		return h, false
	}
	end, sep := bytes.Index(block, []byte("\r\n\r\n")), 4
	if e := bytes.Index(block, []byte("\n\n")); e >= 0 && (end < 0 || e < end) {
		end, sep = e, 2
	}
	if end < 0 {
		return h, false
	}
	lines := strings.Split(strings.ReplaceAll(string(block[:end]), "\r\n", "\n"), "\n")
	parts := strings.Fields(lines[0])
	if len(parts) < 2 {
		return h, false
	}
	h.status, _ = strconv.Atoi(parts[1])
	h.header = make(map[string]string)
	for _, l := range lines[1:] {
		name, value, found := strings.Cut(l, ":")
		if found {
			h.header[strings.ToLower(strings.TrimSpace(name))] = strings.TrimSpace(value)
		}
	}
	h.bodyOff = end + sep
	if h.status < 200 || h.status > 299 {
		return h, false
	}
	ct, has := h.header["content-type"]
	if !has {
		return h, looksHTML(string(block[h.bodyOff:min(len(block), h.bodyOff+4096)]))
	}
	return h, isHTMLType(ct)
}

// body returns the response body of block, undoing chunked transfer
// encoding and gzip or deflate content encoding. Archives disagree on
// whether the stored payload is still encoded, so a body that does not
// decode is taken as already decoded.
func (h httpHead) body(block []byte, limit int64) ([]byte, error) {
	body := block[h.bodyOff:]
	if strings.Contains(strings.ToLower(h.header["transfer-encoding"]), "chunked") && looksChunked(body) {
		if b, err := io.ReadAll(io.LimitReader(httputil.NewChunkedReader(bytes.NewReader(body)), limit+1)); err == nil || len(b) > 0 {
			body = b
		}
	}
	switch enc := strings.ToLower(strings.TrimSpace(h.header["content-encoding"])); enc {
	case "", "identity", "none":
	case "gzip", "x-gzip", "deflate":
		var zr io.Reader
		var err error
		switch {
		case enc != "deflate":
			zr, err = gzip.NewReader(bytes.NewReader(body))
		case len(body) > 1 && body[0]&0x0f == 8:
			zr, err = zlib.NewReader(bytes.NewReader(body))
		default:
			zr = flate.NewReader(bytes.NewReader(body))
		}
		if err != nil {
			if bytes.HasPrefix(bytes.TrimSpace(body), []byte("<")) {
				return body, nil
			}
			return nil, fmt.Errorf("content-encoding %s: %w", enc, err)
		}
		b, err := io.ReadAll(io.LimitReader(zr, limit+1))
		if int64(len(b)) > limit {
			return nil, fmt.Errorf("%w: decoded payload larger than %s (MaxRecordBytes)", ErrTooLarge, byteSize(limit))
		}
		if err != nil && len(b) == 0 {
			return nil, fmt.Errorf("content-encoding %s: %w", enc, err)
		}
		body = b
	default:
		if bytes.HasPrefix(bytes.TrimSpace(body), []byte("<")) {
			return body, nil
		}
		return nil, fmt.Errorf("%w (content-encoding %q)", ErrUnsupported, enc)
	}
	return body, nil
}

// looksChunked reports whether b starts with a chunk-size line.
func looksChunked(b []byte) bool {
	line, _, found := bytes.Cut(b, []byte("\n"))
	if !found {
		return false
	}
	line = bytes.TrimSuffix(line, []byte("\r"))
	size, _, _ := bytes.Cut(line, []byte(";"))
	size = bytes.TrimSpace(size)
	if len(size) == 0 || len(size) > 16 {
		return false
	}
	_, err := strconv.ParseUint(string(size), 16, 64)
	return err == nil
}

// isHTMLType reports whether a Content-Type is an HTML one.
func isHTMLType(ct string) bool {
	ct = strings.ToLower(ct)
	return strings.Contains(ct, "text/html") || strings.Contains(ct, "application/xhtml")
}

// clip shortens b for an error message.
func clip(b []byte, n int) string {
	if len(b) > n {
		return string(b[:n]) + "..."
	}
	return string(b)
}
