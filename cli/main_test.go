package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// run runs one warta command in-process against db and returns its exit
// status, stdout and stderr.
func run(t *testing.T, db string, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	m := &Main{
		Stdin:  strings.NewReader(stdin),
		Stdout: &out,
		Stderr: &errOut,
		Getenv: func(string) string { return "" },
		Now:    func() time.Time { return time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC) },
	}
	code := m.Run(context.Background(), append([]string{"--db", db}, args...))
	return code, out.String(), errOut.String()
}

func decode[T any](t *testing.T, s string) T {
	t.Helper()
	var v T
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		t.Fatalf("decode %q: %v", s, err)
	}
	return v
}

type ingestOut struct {
	Added     int `json:"added"`
	Unchanged int `json:"unchanged"`
	Failed    []struct {
		Path  string `json:"path"`
		Error string `json:"error"`
	} `json:"failed"`
}

func TestUsage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "w.db")
	tests := []struct {
		args []string
		code int
	}{
		{nil, ExitUsage},
		{[]string{"nonsense"}, ExitUsage},
		{[]string{"ingest"}, ExitUsage},
		{[]string{"search"}, ExitUsage},
		{[]string{"eval"}, ExitUsage},
		{[]string{"eval", "nonsense", "--data", "x"}, ExitUsage},
		{[]string{"stats", "--no-such-flag"}, ExitUsage},
		{[]string{"help"}, ExitOK},
		{[]string{"help", "ingest"}, ExitOK},
		{[]string{"version"}, ExitOK},
	}
	for _, tt := range tests {
		code, _, _ := run(t, db, "", tt.args...)
		if code != tt.code {
			t.Errorf("warta %q exited %d, want %d", tt.args, code, tt.code)
		}
	}
}

func TestEmptyDatabase(t *testing.T) {
	db := filepath.Join(t.TempDir(), "w.db")
	code, out, errOut := run(t, db, "", "stats", "--json")
	if code != ExitOK {
		t.Fatalf("stats exited %d: %s", code, errOut)
	}
	st := decode[map[string]int](t, out)
	for _, k := range []string{"articles", "report_groups", "events", "storylines"} {
		if v, ok := st[k]; !ok || v != 0 {
			t.Errorf("stats[%q] = %d (present %v), want 0", k, v, ok)
		}
	}
	for _, cmd := range []string{"stories", "dups", "entities", "quotes", "claims"} {
		code, out, errOut := run(t, db, "", cmd, "--json")
		if code != ExitOK {
			t.Errorf("%s on an empty database exited %d: %s", cmd, code, errOut)
		}
		if strings.Contains(out, "null") {
			t.Errorf("%s --json on an empty database = %s, want empty lists, not null", cmd, out)
		}
	}
}

// TestBadInput feeds hostile inputs beside good ones: each bad input is
// named with its cause, the good ones are stored, and the exit status is 1.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	good := "Banjir Rendam Kampung Melayu\n\nJAKARTA – Banjir kembali merendam permukiman warga di Kampung Melayu, Jakarta Timur, pada Senin (3/3/2025) setelah hujan deras semalaman. Petugas mengevakuasi 200 warga ke tempat yang lebih aman.\n"
	write("good.txt", []byte(good))
	write("empty.txt", nil)
	random := make([]byte, 4096)
	for i := range random {
		random[i] = byte(i*7919%251 + i%3)
	}
	write("random.bin", random)
	write("truncated.json", []byte(`{"title": "Judul", "body": "isi yang terpotong`))
	write("invalid-utf8.txt", append([]byte("Gempa di Cianjur\n\nGempa mengguncang Cianjur pada Senin siang. "), 0xff, 0xfe, 'a', '.'))
	if err := os.Symlink(dir, filepath.Join(dir, "loop")); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "w.db")
	code, out, errOut := run(t, db, "", "ingest", "--json", dir)
	if code != ExitPartial {
		t.Fatalf("ingest of bad inputs exited %d, want %d; stderr:\n%s", code, ExitPartial, errOut)
	}
	res := decode[ingestOut](t, out)
	if res.Added != 2 {
		t.Errorf("added = %d, want 2 (good.txt and the repaired invalid-utf8.txt); stderr:\n%s", res.Added, errOut)
	}
	for _, name := range []string{"empty.txt", "random.bin", "truncated.json"} {
		found := false
		for _, f := range res.Failed {
			if strings.HasSuffix(f.Path, name) && f.Error != "" {
				found = true
			}
		}
		if !found {
			t.Errorf("failed list %+v does not name %s", res.Failed, name)
		}
		if !strings.Contains(errOut, name) {
			t.Errorf("stderr does not name %s:\n%s", name, errOut)
		}
	}
	// The good article is stored and searchable.
	code, out, _ = run(t, db, "", "search", "--json", "banjir")
	if code != ExitOK || !strings.Contains(out, `"good"`) {
		t.Errorf("search banjir = %d %s, want the good article", code, out)
	}
}

func TestStdin(t *testing.T) {
	db := filepath.Join(t.TempDir(), "w.db")
	text := "Harga Beras Naik\n\nHarga beras di Pasar Induk Cipinang naik 10 persen pekan lalu, kata pedagang.\n"
	code, out, errOut := run(t, db, text, "ingest", "--json", "-")
	if code != ExitOK {
		t.Fatalf("ingest - exited %d: %s", code, errOut)
	}
	if res := decode[ingestOut](t, out); res.Added != 1 {
		t.Errorf("ingest - added %d, want 1", res.Added)
	}
}
