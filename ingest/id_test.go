package ingest

import "testing"

func TestBaseID(t *testing.T) {
	tests := []struct{ path, want string }{
		{"000_3c7df9a3ab7e3405.txt", "000_3c7df9a3ab7e3405"},
		{"dir/h07_page.html.gz", "h07_page"},
		{"a/b/dump.jsonl.gz", "dump"},
		{"crawl.warc.gz", "crawl"},
		{"notes.v2.md", "notes.v2"},
		{"report.2024.txt", "report.2024"},
		{"README", "README"},
		{".txt", ".txt"},
		{"-", "stdin"},
		{"FEED.XML", "FEED"},
	}
	for _, tt := range tests {
		if got := baseID(tt.path); got != tt.want {
			t.Errorf("baseID(%q) = %q, want %q", tt.path, got, tt.want)
		}
	}
}

func TestRecordID(t *testing.T) {
	tests := []struct {
		id, url, base string
		n             int
		want          string
	}{
		{"kab-001", "https://x.example/a", "f", 1, "kab-001"},
		{" 42 ", "", "f", 1, "42"},
		{"", "https://x.example/a", "f", 1, urlID("https://x.example/a")},
		{"", " https://x.example/a ", "f", 1, urlID("https://x.example/a")},
		{"tag:x.example,2025:1", "https://x.example/a", "f", 1, urlID("https://x.example/a")},
		{"tag:x.example,2025:1", "", "f", 1, hashID("i", "tag:x.example,2025:1")},
		{"..", "", "dump", 7, hashID("i", "..")},
		{"", "", "dump", 3, "dump-3"},
	}
	for _, tt := range tests {
		if got := recordID(tt.id, tt.url, tt.base, tt.n); got != tt.want {
			t.Errorf("recordID(%q, %q, %q, %d) = %q, want %q", tt.id, tt.url, tt.base, tt.n, got, tt.want)
		}
	}
	if got := urlID("https://x.example/a"); len(got) != 17 || got[0] != 'u' {
		t.Errorf("urlID = %q, want u and 16 hex digits", got)
	}
}
