package dedup

import (
	"context"
	"encoding/csv"
	"errors"
	"io"
	"net/url"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/extract"
	"github.com/warta-news/warta/ingest"
)

// storedOutletKey is the rule by which the outlet keys already stored in
// dedup_features were made, kept to check that warta.OutletKey still
// gives them.
func storedOutletKey(outlet string) string {
	s := strings.ToLower(strings.TrimSpace(outlet))
	s = strings.TrimPrefix(s, "www.")
	for trimmed := true; trimmed; {
		trimmed = false
		for _, suf := range []string{".com", ".co", ".id", ".net", ".org", ".news", ".tv", ".example"} {
			if len(s) > len(suf) && strings.HasSuffix(s, suf) {
				s, trimmed = s[:len(s)-len(suf)], true
			}
		}
	}
	if i := strings.LastIndexByte(s, '.'); i >= 0 {
		s = s[i+1:]
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
}

// domainEnding reports whether key is one of the last two labels of host:
// a key the stored rule took from a domain ending ("uk" for "bbc.co.uk",
// "go" for "kemlu.go.id"), which warta.OutletKey replaces by the name.
func domainEnding(host, key string) bool {
	labels := strings.Split(strings.ToLower(strings.TrimSpace(host)), ".")
	return len(labels) >= 2 && slices.Contains(labels[len(labels)-2:], key)
}

// TestOutletKeyKeepsStoredKeys compares warta.OutletKey with the rule the
// stored keys were made by, on the outlet names and hosts of real
// corpora: the Indonesian ones' metadata, their URLs' hosts and the
// outlets that extract reads from their texts must keep their keys
// exactly; English hosts may differ only where the stored rule gave a
// domain ending.
func TestOutletKeyKeepsStoredKeys(t *testing.T) {
	names := map[string]int{} // name or host -> corpora it came from
	found := 0
	for _, dir := range []string{rssDir, "../../shared/data/indosum-dev"} {
		if _, err := os.Stat(dir); err != nil {
			t.Logf("corpus %s not available: %v", dir, err)
			continue
		}
		found++
		for name := range corpusOutlets(t, dir) {
			names[name]++
		}
	}
	if found == 0 {
		t.Skip("no Indonesian corpus in ../../shared/data: nothing to compare")
	}
	if len(names) < 20 {
		t.Fatalf("read %d outlet names and hosts, want at least 20", len(names))
	}
	for name := range names {
		if got, want := warta.OutletKey(name), storedOutletKey(name); got != want {
			t.Errorf("warta.OutletKey(%q) = %q, stored key %q", name, got, want)
		}
	}
	t.Logf("%d Indonesian outlet names and hosts keep their stored keys", len(names))

	hosts, err := uciOutlets("../../shared/data/uci-news-aggregator-sample/uci-news-aggregator.csv")
	if err != nil {
		t.Logf("English hosts not compared: %v", err)
		return
	}
	var changed []string
	for _, h := range hosts {
		got, stored := warta.OutletKey(h), storedOutletKey(h)
		if got == stored {
			continue
		}
		if !domainEnding(h, stored) || got == "" {
			t.Errorf("warta.OutletKey(%q) = %q, stored key %q is no domain ending", h, got, stored)
		}
		changed = append(changed, h+": "+stored+" -> "+got)
	}
	slices.Sort(changed)
	n := len(changed)
	if n > 12 {
		changed = changed[:12]
	}
	t.Logf("%d English publishers and hosts, %d keys were domain endings and are now names, e.g. %q", len(hosts), n, changed)
}

// corpusOutlets returns the outlet names and URL hosts of the documents
// under dir, and the outlets extract reads from the texts of up to 40
// documents of each outlet.
func corpusOutlets(t *testing.T, dir string) map[string]bool {
	t.Helper()
	files, errs := ingest.Expand([]string{dir})
	if len(errs) > 0 {
		t.Fatalf("expand %s: %v", dir, errs[0])
	}
	out := map[string]bool{}
	read := map[string]int{}
	r := &ingest.Reader{}
	for _, f := range files {
		if !strings.HasSuffix(f.Path, ".csv") && !strings.HasSuffix(f.Path, ".jsonl") {
			continue
		}
		err := r.Read(context.Background(), f, func(d warta.Document) error {
			if d.Outlet != "" {
				out[d.Outlet] = true
			}
			if u, err := url.Parse(d.URL); err == nil && u.Hostname() != "" {
				out[u.Hostname()] = true
			}
			if read[d.Outlet] < 40 {
				read[d.Outlet]++
				if o := extract.Text(d.Text).Outlet; o != "" {
					out[o] = true
				}
			}
			return nil
		}, func(err error) { t.Logf("read: %v", err) })
		if err != nil {
			t.Fatalf("read %s: %v", f.Path, err)
		}
	}
	return out
}

// uciOutlets returns the distinct publishers and hosts of the UCI News
// Aggregator sample.
func uciOutlets(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	head, err := r.Read()
	if err != nil {
		return nil, err
	}
	pub, host := slices.Index(head, "PUBLISHER"), slices.Index(head, "HOSTNAME")
	if pub < 0 || host < 0 {
		return nil, errors.New("uci: no PUBLISHER or HOSTNAME column")
	}
	seen := map[string]bool{}
	var out []string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		for _, i := range []int{pub, host} {
			if i < len(rec) && !seen[rec[i]] {
				seen[rec[i]] = true
				out = append(out, rec[i])
			}
		}
	}
	return out, nil
}
