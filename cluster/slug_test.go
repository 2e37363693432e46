package cluster

import (
	"slices"
	"strings"
	"testing"

	"github.com/warta-news/warta"
)

func TestSlugWords(t *testing.T) {
	tests := []struct{ url, want string }{
		{"http://www.latimes.com/business/money/la-fi-mo-federal-reserve-plosser-stimulus-economy-20140310,0,1312750.story?track=rss",
			"federal reserve plosser stimulus economy"},
		{"https://example.com/2014/03/10/lena-dunham-molestation-joke_n_4935043.html", "lena dunham molestation joke"},
		{"https://news.example.id/read/2024/10/08/kim-jong-un-kirim-ucapan-ulang-tahun-putin", "kim jong kirim ucapan ulang tahun putin"},
		{"http://www.cnbc.com/id/101478648", ""},                         // ids only
		{"http://example.com/business/local-news/article.aspx?id=3", ""}, // sections, no slug
		{"http://example.com/a-b-c-d", ""},                               // words too short
		{"", ""},
		{"://bad url", ""},
	}
	for _, tt := range tests {
		if got := slugWords(tt.url); got != tt.want {
			t.Errorf("slugWords(%q) = %q, want %q", tt.url, got, tt.want)
		}
	}
}

func TestDocOfSlug(t *testing.T) {
	url := "http://example.com/news/fed-plosser-stimulus-taper"
	headline := &warta.Article{ID: "h", Language: "en", Title: "Fed official says weak data caused by weather", URL: url}
	headline.Body = headline.Title
	if d := DocOf(headline, ""); !slices.Contains(d.Terms, "plosser") {
		t.Errorf("DocOf(headline).Terms = %q, want the slug's %q", d.Terms, "plosser")
	}
	long := &warta.Article{ID: "l", Language: "en", Title: headline.Title, URL: url,
		Body: strings.Repeat("The central bank official spoke about weather, payrolls, inflation and the pace of bond purchases. ", 8)}
	if d := DocOf(long, ""); slices.Contains(d.Terms, "plosser") {
		t.Errorf("DocOf(long article).Terms = %q, want no slug words: its body says enough", d.Terms)
	}
}
