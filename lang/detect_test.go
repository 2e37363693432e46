package lang

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/pemistahl/lingua-go"
)

// detector is shared by the tests, as the pipeline shares one.
var detector = New()

// TestDetectTestdata runs Detect on the texts in testdata/, which we wrote
// ourselves: the file name's prefix before "-" is the expected code, with
// "fr", "tl" and "mixed" expected to be "und".
func TestDetectTestdata(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(file)
		want := name[:strings.IndexByte(name, '-')]
		switch want {
		case "fr", "tl", "mixed":
			want = Undetermined
		}
		got, conf := detector.DetectWithConfidence(string(b))
		if got != want {
			t.Errorf("Detect(%s) = %q (%.2f), want %q", name, got, conf, want)
		}
		if got == Undetermined && conf != 0 || got != Undetermined && (conf <= 0 || conf > 1) {
			t.Errorf("Detect(%s) confidence = %v for %q, want 0 for und, in (0, 1] otherwise", name, conf, got)
		}
	}
}

// TestLinguaSeparatesMalay checks that lingua alone tells our Indonesian
// and Malay texts apart, whole and on the sample Detect gives it: the
// ground on which Detect trusts lingua when the markers lean to Malay.
func TestLinguaSeparatesMalay(t *testing.T) {
	files, _ := filepath.Glob("testdata/[im][ds]-*.txt")
	if len(files) == 0 {
		t.Fatal("no Indonesian or Malay texts in testdata")
	}
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(file)
		want := lingua.Indonesian
		if strings.HasPrefix(name, "ms-") {
			want = lingua.Malay
		}
		if got, _ := detector.lingua().DetectLanguageOf(string(b)); got != want {
			t.Errorf("lingua on %s = %v, want %v", name, got, want)
		}
		if got, _ := detector.lingua().DetectLanguageOf(prefix(string(b), linguaBytes)); got != want {
			t.Errorf("lingua on the first %d bytes of %s = %v, want %v", linguaBytes, name, got, want)
		}
	}
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"empty", "", Undetermined},
		{"spaces", " \n\t ", Undetermined},
		{"short id", "Harga beras naik lagi.", Undetermined},
		{"numbers", "12.500 13.21 WIB 2024-10-08 100% 7/10 3,5 | 44 55 66 77 88 99 10 11 12 13 14 15 16 17", Undetermined},
		{"binary", "\x00\x01\x02\xff\xfeabc\x00\x01 defgh\x03\x04 ijklmnop\x05\x06qrstuvwxyz abcdefghijklmnopqrstuvwxyz\x00", Undetermined},
		{"id paragraph", "Presiden Joko Widodo mengatakan bahwa pemerintah akan terus memperkuat kerja sama ekonomi dengan negara-negara tetangga di kawasan Asia Tenggara.", Indonesian},
		{"ms paragraph", "Perdana Menteri berkata kerajaan akan terus memperkukuh kerjasama ekonomi dengan negara jiran kerana ia penting bagi pertumbuhan wang negara, iaitu melalui pelaburan.", Malay},
		{"en paragraph", "The prime minister said the government would keep strengthening economic ties with its neighbours in South-East Asia over the coming years.", English},
		{"german", "Die Regierung wird die wirtschaftliche Zusammenarbeit mit den Nachbarländern in Südostasien in den kommenden Jahren weiter stärken, sagte der Ministerpräsident.", Undetermined},
		{"spanish", "El gobierno seguirá fortaleciendo la cooperación económica con los países vecinos del sudeste asiático en los próximos años, dijo el primer ministro.", Spanish},
		{"spanish headline", "Régimen egipcio lanza advertencia contra el caos en la plaza Tahrir de El Cairo", Spanish},
		{"spanish sentence", "Mursi blinda sus poderes ejecutivos y legislativos ante la Justicia, lo que provoca una oleada de protestas.", Spanish},
		{"portuguese", "O governo vai continuar a reforçar a cooperação económica com os países vizinhos do sudeste asiático nos próximos anos, disse o primeiro-ministro, que falou com a imprensa em Lisboa.", Undetermined},
		{"italian", "Il governo continuerà a rafforzare la cooperazione economica con i paesi vicini del sud-est asiatico nei prossimi anni, ha detto il primo ministro, che non ha dato altri dettagli.", Undetermined},
		{"french", "Le gouvernement continuera de renforcer la coopération économique avec les pays voisins de l'Asie du Sud-Est dans les années à venir, a déclaré le premier ministre, qui est en visite.", Undetermined},
	}
	for _, tt := range tests {
		if got := detector.Detect(tt.text); got != tt.want {
			t.Errorf("Detect(%s: %q) = %q, want %q", tt.name, tt.text, got, tt.want)
		}
	}
}

func TestPrefix(t *testing.T) {
	tests := []struct {
		s    string
		n    int
		want string
	}{
		{"abc", 10, "abc"},
		{"abc def ghi", 8, "abc def"},
		{"abcdefghij", 5, "abcde"},
		{"ééééé", 3, "é"},
	}
	for _, tt := range tests {
		if got := prefix(tt.s, tt.n); got != tt.want {
			t.Errorf("prefix(%q, %d) = %q, want %q", tt.s, tt.n, got, tt.want)
		}
	}
}

func FuzzDetect(f *testing.F) {
	f.Add("Presiden mengatakan bahwa pemerintah akan terus mendukung program itu.")
	f.Add("The president said the government would keep supporting the programme.")
	f.Add("\xff\xfe\x00 é\u0301 kerajaan wang iaitu")
	f.Fuzz(func(t *testing.T, s string) {
		code, conf := detector.DetectWithConfidence(s)
		switch code {
		case Indonesian, Malay, English, Spanish, Undetermined:
		default:
			t.Fatalf("Detect(%q) = %q, not a known code", s, code)
		}
		if conf < 0 || conf > 1 {
			t.Fatalf("Detect(%q) confidence = %v, out of [0, 1]", s, conf)
		}
		if p := prefix(s, 50); len(p) > 50 || !strings.HasPrefix(s, p) || utf8.ValidString(s) && !utf8.ValidString(p) {
			t.Fatalf("prefix(%q, 50) = %q", s, p)
		}
	})
}

// TestDetectConcurrent runs one Detector from many goroutines, including
// its first use, which loads the models; run with -race.
func TestDetectConcurrent(t *testing.T) {
	d := New()
	texts := map[string]string{
		"Presiden mengatakan bahwa pemerintah akan terus mendukung program itu hingga akhir tahun karena penting bagi warga.":           Indonesian,
		"The president said the government would keep supporting the programme until the end of the year because it matters to people.": English,
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for text, want := range texts {
				if got := d.Detect(text); got != want {
					t.Errorf("Detect(%q) = %q, want %q", text, got, want)
				}
			}
		})
	}
	wg.Wait()
}

func TestReadEvidence(t *testing.T) {
	tests := []struct {
		in   string
		want evidence
	}{
		{"", evidence{}},
		{"Yang dan THE", evidence{words: 3, letters: 10, visible: 10, en: 1, idm: 2}},
		{"El gobierno y los dos, com les.", evidence{words: 7, letters: 23, visible: 25, es: 3, romance: 2}},
		{"kerana wang, karena uang.", evidence{words: 4, letters: 20, visible: 22, idm: 2, markerID: 2, markerMS: 2}},
		{"don't é\x00\xff", evidence{words: 2, letters: 5, visible: 6, invalid: 2, en: 0}},
	}
	for _, tt := range tests {
		if got := readEvidence(tt.in); got != tt.want {
			t.Errorf("readEvidence(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}
