package ingest

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

// csvSlack is what encoding/csv may read ahead of the record it returns.
const csvSlack = 64 << 10

// readCSV reads a CSV or TSV file whose first row names the columns. The
// columns are mapped through the same field table as JSON records. Quoted
// fields may span lines; quotes are read leniently. A row with a field
// count other than the header's fails on its own, named by the line it
// starts on.
func (in *input) readCSV(comma rune) error {
	if comma == ',' {
		comma = sniffDelimiter(in.br)
	}
	errBig := errors.New("row too large")
	budget := &budgetReader{r: in.br, limit: in.limit + csvSlack, err: errBig}
	cr := csv.NewReader(budget)
	cr.Comma = comma
	cr.LazyQuotes = true
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true

	header, err := cr.Read()
	if err != nil {
		if errors.Is(err, errBig) {
			return in.fileError(in.tooLarge("header row"))
		}
		return in.fileError(fmt.Errorf("read header: %w", err))
	}
	next := nextLine(cr, header) // line where the next row starts
	header = append([]string(nil), header...)
	columns := make(map[string]int, len(header))
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
		if _, dup := columns[h]; !dup {
			columns[h] = i
		}
	}
	hasBody := false
	for _, n := range fieldNames[roleBody] {
		if _, ok := columns[n]; ok {
			hasBody = true
		}
	}
	if !hasBody {
		return in.fileError(fmt.Errorf("%w column in header %q (looked for %s)", ErrNoBody, strings.Join(header, string(comma)), strings.Join(fieldNames[roleBody], ", ")))
	}

	var row []string
	get := func(name string) (any, bool) {
		i, ok := columns[name]
		if !ok || i >= len(row) {
			return nil, false
		}
		return row[i], true
	}
	for {
		if err := in.ctx.Err(); err != nil {
			return err
		}
		budget.reset()
		row, err = cr.Read()
		if err == io.EOF {
			return nil
		}
		line := next
		if err == nil {
			line, _ = cr.FieldPos(0)
			next = nextLine(cr, row)
		}
		var pe *csv.ParseError
		switch {
		case errors.Is(err, errBig):
			if errors.As(err, &pe) {
				line = pe.StartLine
			}
			in.records++
			in.recordFailed(line, fmt.Errorf("%w; rest of file not read", in.tooLarge("row")))
			return nil
		case errors.As(err, &pe):
			if !errors.Is(pe.Err, csv.ErrQuote) && !errors.Is(pe.Err, csv.ErrBareQuote) && !errors.Is(pe.Err, csv.ErrFieldCount) {
				return in.fileError(fmt.Errorf("line %d: %w", pe.StartLine, pe.Err))
			}
			in.records++
			in.recordFailed(pe.StartLine, fmt.Errorf("parse csv: %w", pe.Err))
			next = pe.Line + 1
			continue
		case err != nil:
			return in.fileError(err)
		}
		in.records++
		if len(row) != len(header) {
			in.recordFailed(line, fmt.Errorf("row has %d fields, header has %d", len(row), len(header)))
			continue
		}
		d, err := buildDocument(get, recordInfo{base: in.base, n: in.records, origin: in.at(line), format: in.format})
		if err != nil {
			in.recordFailed(line, err)
			continue
		}
		if err := in.emit(d); err != nil {
			return err
		}
	}
}

// nextLine returns the line after the row cr just returned, which is where
// the next row starts unless blank lines follow. encoding/csv tells where a
// row starts, not where it ends; a row that fails before it is returned
// needs this to be named.
func nextLine(cr *csv.Reader, row []string) int {
	if len(row) == 0 {
		return 0
	}
	last := len(row) - 1
	line, _ := cr.FieldPos(last)
	return line + strings.Count(row[last], "\n") + 1
}

// sniffDelimiter picks ',', ';' or '\t' for a .csv file by which is most
// common in its first line; spreadsheets in many locales write ';'.
func sniffDelimiter(br interface{ Peek(int) ([]byte, error) }) rune {
	head, _ := br.Peek(sniffLen)
	line, _, _ := bytes.Cut(head, []byte("\n"))
	best, bestN := ',', bytes.Count(line, []byte(","))
	for _, c := range []rune{';', '\t'} {
		if n := bytes.Count(line, []byte(string(c))); n > bestN {
			best, bestN = c, n
		}
	}
	return best
}
