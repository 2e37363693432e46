package ingest

import (
	"bufio"
	"bytes"
	"compress/bzip2"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"github.com/warta-news/warta"
)

// Defaults for a Reader's limits.
const (
	DefaultMaxRecordBytes  = 32 << 20
	DefaultMaxDecodedBytes = 16 << 30
)

// Reader reads Files into Documents. The zero Reader is ready to use; it
// reads "-" from os.Stdin.
type Reader struct {
	// Stdin is read for the File "-"; nil means os.Stdin.
	Stdin io.Reader
	// MaxRecordBytes bounds a single record, line or page: one above it
	// fails with ErrTooLarge and reading goes on with the next. It also
	// bounds what a reader holds in memory at once. 0 means
	// DefaultMaxRecordBytes (32 MiB).
	MaxRecordBytes int64
	// MaxDecodedBytes bounds what one compressed file may decompress to,
	// a guard against decompression bombs. 0 means DefaultMaxDecodedBytes
	// (16 GiB).
	MaxDecodedBytes int64
	// Progress, if set, is called as a file is read with the number of its
	// bytes read so far (before decompression), so that callers can show
	// progress within one large file. It is called on Read's goroutine.
	Progress func(read int64)
}

// Read reads one file and calls emit for every Document in it, in order.
//
// A record that fails (a bad JSON line, a CSV row with the wrong number of
// fields, an oversized line, a record without a body, text that is mostly
// invalid) is reported through fail as an *InputError whose Path is
// "path:LINE", and Read goes on with the next record. Read returns an
// *InputError only when the file as a whole cannot be read: it is missing,
// empty, binary, in no supported format, or broken so that no record after
// the break can be found. An error from emit stops reading and is returned
// as is; so is the context's error when ctx is done. fail may be nil.
func (r *Reader) Read(ctx context.Context, f File, emit func(warta.Document) error, fail func(error)) error {
	if fail == nil {
		fail = func(error) {}
	}
	in := &input{
		ctx:   ctx,
		path:  f.Path,
		base:  baseID(f.Path),
		limit: r.MaxRecordBytes,
		emit: func(d warta.Document) error {
			validUTF8(&d)
			return emit(d)
		},
		fail: fail,
	}
	if in.limit <= 0 {
		in.limit = DefaultMaxRecordBytes
	}
	err := r.read(in)
	if err != nil && ctx.Err() != nil {
		return ctx.Err()
	}
	return err
}

func (r *Reader) read(in *input) error {
	var src io.Reader
	if in.path == "-" {
		src = r.Stdin
		if src == nil {
			src = os.Stdin
		}
	} else {
		file, err := os.Open(in.path)
		if err != nil {
			return in.fileError(pathCause(err))
		}
		defer file.Close()
		if fi, err := file.Stat(); err == nil && fi.IsDir() {
			return in.fileError(errors.New("is a directory"))
		}
		src = file
	}
	br := bufio.NewReaderSize(&ctxReader{ctx: in.ctx, r: src, progress: r.Progress}, 64<<10)

	// Compression, known by its magic number whatever the name says.
	magic, err := br.Peek(6)
	if err != nil && err != io.EOF {
		return in.fileError(err)
	}
	var decoded io.Reader
	switch {
	case bytes.HasPrefix(magic, []byte{0x1f, 0x8b}):
		zr, err := gzip.NewReader(br)
		if err != nil {
			return in.fileError(fmt.Errorf("gzip: %w", err))
		}
		decoded = zr
	case bytes.HasPrefix(magic, []byte("BZh")) && len(magic) >= 4 && '1' <= magic[3] && magic[3] <= '9':
		decoded = bzip2.NewReader(br)
	case bytes.HasPrefix(magic, []byte{0xfd, '7', 'z', 'X', 'Z', 0}):
		return in.fileError(fmt.Errorf("%w (xz-compressed: decompress it first)", ErrUnsupported))
	case bytes.HasPrefix(magic, []byte{0x28, 0xb5, 0x2f, 0xfd}):
		return in.fileError(fmt.Errorf("%w (zstd-compressed: decompress it first)", ErrUnsupported))
	}
	if decoded != nil {
		max := r.MaxDecodedBytes
		if max <= 0 {
			max = DefaultMaxDecodedBytes
		}
		br = bufio.NewReaderSize(&capReader{r: decoded, left: max, max: max}, 64<<10)
	}

	// Byte order marks: UTF-16 is decoded to UTF-8 for every format, a
	// UTF-8 mark is dropped.
	bom, err := br.Peek(3)
	if err != nil && err != io.EOF {
		return in.fileError(err)
	}
	switch {
	case bytes.HasPrefix(bom, []byte{0xfe, 0xff}), bytes.HasPrefix(bom, []byte{0xff, 0xfe}):
		dec := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder()
		br = bufio.NewReaderSize(transform.NewReader(br, dec), 64<<10)
	case bytes.HasPrefix(bom, utf8BOM):
		br.Discard(len(utf8BOM))
	}
	in.br = br

	head, err := br.Peek(sniffLen)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return in.fileError(err)
	}
	k, err := detect(formatExt(in.path), head, err == io.EOF)
	if err != nil {
		return in.fileError(err)
	}
	in.format = k.format()
	switch k {
	case kindText, kindHTML, kindFeed:
		return in.readWhole(k)
	case kindJSON:
		return in.readJSON()
	case kindJSONL:
		return in.readJSONLines()
	case kindCSV:
		return in.readCSV(',')
	case kindTSV:
		return in.readCSV('\t')
	case kindWARC:
		return in.readWARC()
	}
	return in.fileError(ErrUnsupported)
}

// input is the state of reading one file.
type input struct {
	ctx    context.Context
	path   string // as the user named it; "-" for standard input
	base   string // whole-file id
	format string // Document.Format
	limit  int64  // MaxRecordBytes
	br     *bufio.Reader
	emit   func(warta.Document) error
	fail   func(error)

	records int // records seen so far, failed ones included
}

// fileError is an *InputError for the whole file.
func (in *input) fileError(err error) error {
	return &InputError{Path: in.path, Err: err}
}

// at returns the Path of an *InputError for the record at line.
func (in *input) at(line int) string {
	return in.path + ":" + strconv.Itoa(line)
}

// recordFailed reports a failed record at line.
func (in *input) recordFailed(line int, err error) {
	in.fail(&InputError{Path: in.at(line), Err: err})
}

// tooLarge is the cause for a record above the limit.
func (in *input) tooLarge(what string) error {
	return fmt.Errorf("%w: %s larger than %s (MaxRecordBytes)", ErrTooLarge, what, byteSize(in.limit))
}

// readWhole reads a file that is one Document (text, HTML) or one feed.
func (in *input) readWhole(k kind) error {
	data, err := io.ReadAll(io.LimitReader(in.br, in.limit+1))
	if err != nil {
		return in.fileError(err)
	}
	if int64(len(data)) > in.limit {
		return in.fileError(in.tooLarge("file"))
	}
	if k == kindFeed {
		return in.readFeed(data)
	}
	var s string
	if k == kindHTML {
		s, err = decodeHTML(data, "")
	} else {
		s, err = decodeText(data)
	}
	if err != nil {
		return in.fileError(err)
	}
	if strings.TrimSpace(s) == "" {
		return in.fileError(fmt.Errorf("%w (only white space)", ErrEmpty))
	}
	d := warta.Document{ID: in.base, Origin: in.path, Format: in.format}
	if k == kindHTML {
		d.HTML = s
	} else {
		d.Text = s
	}
	return in.emit(d)
}

// validUTF8 replaces invalid UTF-8 in every field of d. Bodies are decoded
// with care before this; it is the last guard for metadata taken verbatim
// from headers (a WARC-Date, a feed title).
func validUTF8(d *warta.Document) {
	for _, s := range []*string{&d.ID, &d.Origin, &d.Text, &d.HTML, &d.Title, &d.URL, &d.Outlet, &d.Author, &d.Language, &d.Published} {
		if !utf8.ValidString(*s) {
			*s = strings.ToValidUTF8(*s, "\uFFFD")
		}
	}
}

// byteSize formats n bytes for a person: "32 MiB", "512 B".
func byteSize(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return strconv.FormatInt(n>>30, 10) + " GiB"
	case n >= 1<<20 && n%(1<<20) == 0:
		return strconv.FormatInt(n>>20, 10) + " MiB"
	case n >= 1<<10 && n%(1<<10) == 0:
		return strconv.FormatInt(n>>10, 10) + " KiB"
	}
	return strconv.FormatInt(n, 10) + " B"
}
