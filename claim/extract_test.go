package claim

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/entity"
	"github.com/warta-news/warta/quote"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// run extracts entities, quotes and claims from body, as the pipeline does.
func run(body, lang string) []warta.Claim {
	ents := entity.Extract(body, lang)
	return Extract(body, lang, ents, quote.Extract(body, lang, ents))
}

// show renders claims as "stance|holder|about" lines.
func show(cs []warta.Claim) string {
	var b strings.Builder
	for _, c := range cs {
		fmt.Fprintf(&b, "%s|%s|%s\n", c.Stance, c.Holder, c.About)
	}
	return b.String()
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name, lang, body, want string
	}{
		{"deny with coordinated holders", "id",
			"Moskow dan Pyongyang telah membantah transfer senjata.",
			"deny|Moskow, Pyongyang|\n"},
		{"deny an accusation", "id",
			"Korea Utara membantah tuduhan bahwa mereka mengirimkan senjata ke Rusia.",
			"deny|Korea Utara|Rusia\n"},
		{"claim of a wrong is an accusation", "id",
			"Seoul dan Washington kemudian mengklaim Pyongyang mengirimkan senjata ke Moskow, melanggar sanksi PBB.",
			"accuse|Seoul, Washington|Pyongyang\n"},
		{"claim of no wrong is an assertion", "id",
			"Seorang anggota parlemen mengklaim bahwa militer Seoul telah mendeteksi tanda-tanda pembangunan kapal selam.",
			"assert|Seorang anggota parlemen|Seoul\n"},
		{"passive accusation: the subject is what it is about", "id",
			"Kim dituduh menyediakan senjata ke Rusia sebagai imbalan atas dukungan finansial.",
			"accuse||Kim\n"},
		{"passive accusation with an agent", "id",
			"Presiden Joko Widodo dituding oleh Partai Demokrat melanggar konstitusi.",
			"accuse|Partai Demokrat|Joko Widodo\n"},
		{"confirm", "id",
			"Kementerian Luar Negeri membenarkan kunjungan Vladimir Putin ke Pyongyang.",
			"confirm|Kementerian Luar Negeri|Vladimir Putin\n"},
		{"retract", "id",
			"Menteri Pertahanan Korea Selatan Shin Wonsik kemudian mencabut pernyataan soal Rusia.",
			"retract|Shin Wonsik|Rusia\n"},
		{"tidak benar inside a quote belongs to the speaker", "id",
			"“Tuduhan itu tidak benar sama sekali,” kata Juru Bicara Kremlin Dmitry Peskov.",
			"deny|Dmitry Peskov|\n"},
		{"quote alone makes an assertion", "id",
			"“Kami di pihak Rusia dan akan menang bersama,” ujar Kim Jong Un.",
			"assert|Kim Jong Un|Rusia\n"},
		{"pronoun holder", "id",
			"Presiden Vladimir Putin tiba di Pyongyang. Ia menyangkal adanya transfer senjata ke Korea Utara.",
			"deny|Vladimir Putin|Korea Utara\n"},
		{"no cue, no claim", "id",
			"Korea Utara memiliki beberapa cadangan artileri terbesar.",
			""},
		{"english deny", "en",
			"Russia denied that it had received weapons from North Korea.",
			"deny|Russia|North Korea\n"},
		{"english passive accuse", "en",
			"North Korea has been accused by the United States of supplying shells.",
			"accuse|United States|North Korea\n"},
		{"english accuse", "en",
			"Antony Blinken accused Russia of violating sanctions.",
			"accuse|Antony Blinken|Russia\n"},
		{"english confirm", "en",
			"The Pentagon confirmed that North Korean troops were in Russia.",
			"confirm|Pentagon|Russia\n"},
		{"english retract", "en",
			"The senator later retracted his remarks about Mexico.",
			"retract||Mexico\n"},
		{"empty", "id", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := show(run(tt.body, tt.lang))
			if got != tt.want {
				t.Errorf("Extract(%q)\n got:\n%s want:\n%s", tt.body, got, tt.want)
			}
		})
	}
}

// checkClaims reports claims whose offsets do not address their text.
func checkClaims(t testing.TB, body string, cs []warta.Claim) {
	t.Helper()
	for _, c := range cs {
		if c.Start < 0 || c.End > len(body) || c.Start > c.End {
			t.Fatalf("claim %+v out of bounds for body of %d bytes", c, len(body))
		}
		if utf8.ValidString(body) && (c.Start < len(body) && !utf8.RuneStart(body[c.Start]) || c.End < len(body) && !utf8.RuneStart(body[c.End])) {
			t.Fatalf("claim %+v splits a rune", c)
		}
		if body[c.Start:c.End] != c.Text {
			t.Fatalf("claim text %q, body has %q", c.Text, body[c.Start:c.End])
		}
		if stanceRank[c.Stance] == 0 {
			t.Fatalf("claim %+v has stance %q", c, c.Stance)
		}
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Moskow dan Pyongyang telah membantah transfer senjata.",
		"Kim dituduh oleh",
		"“tidak benar,” kata",
		"Ia menyangkal. He was accused by",
		"\xffmembantah\xfe",
	} {
		f.Add(s, "id")
		f.Add(s, "en")
	}
	f.Fuzz(func(t *testing.T, body, lang string) {
		checkClaims(t, body, run(body, lang))
		bad := []warta.Entity{{Text: "x", Type: warta.EntityPerson, Canonical: "x", Start: -1, End: len(body) + 3}}
		badQ := []warta.Quote{{Start: len(body) + 1, End: len(body) + 9, Speaker: "y", Kind: warta.QuoteDirect}}
		checkClaims(t, body, Extract(body, lang, bad, badQ))
	})
}

// seedDir holds the acceptance corpus, read at run time.
const seedDir = "../../shared/seeds"

// TestSeedsGolden compares the claims of each seed article with
// testdata/seeds/NAME.golden; -update rewrites them.
func TestSeedsGolden(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	if len(files) == 0 {
		t.Skipf("no seed articles in %s: skipping golden tests", seedDir)
	}
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			body := string(raw)
			cs := run(body, "id")
			checkClaims(t, body, cs)
			var b strings.Builder
			for _, c := range cs {
				fmt.Fprintf(&b, "%d-%d\t%s\t%s\t%s\t%s\n", c.Start, c.End, c.Stance, c.Holder, c.About, c.Text)
			}
			golden := filepath.Join("testdata", "seeds", name+".golden")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("read golden (run with -update to create it): %v", err)
			}
			if got := b.String(); got != string(want) {
				t.Errorf("Extract(%s) differs from %s\n got:\n%s\nwant:\n%s", name, golden, got, want)
			}
		})
	}
}

func BenchmarkExtract(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join(seedDir, "004_fd099aca7c961991.txt"))
	if err != nil {
		b.Skipf("seed article absent: %v", err)
	}
	body := string(raw)
	ents := entity.Extract(body, "id")
	qs := quote.Extract(body, "id", ents)
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		Extract(body, "id", ents, qs)
	}
}
