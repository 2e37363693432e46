package timex

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// anchor is Wednesday 9 October 2024.
var anchor = time.Date(2024, 10, 9, 0, 0, 0, 0, time.UTC)

type tagCase struct {
	text string
	want string // "text=value/TYPE" joined by "; "
}

func render(body, lang string, a time.Time) string {
	var tg Tagger
	var parts []string
	for _, x := range tg.Tag(body, lang, a) {
		s := fmt.Sprintf("%s=%s/%s", x.Text, x.Value, x.Type)
		if x.Flag != "" {
			s += "!" + x.Flag
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "; ")
}

func runTagCases(t *testing.T, lang string, a time.Time, cases []tagCase) {
	t.Helper()
	for _, c := range cases {
		if got := render(c.text, lang, a); got != c.want {
			t.Errorf("Tag(%q, %s) = %q, want %q", c.text, lang, got, c.want)
		}
	}
}

func TestWeekdayNumericID(t *testing.T) {
	runTagCases(t, "id", anchor, []tagCase{
		{"Kim berbicara pada Selasa (10/8/2024).", "Selasa (10/8/2024)=2024-10-08/DATE"},
		{"Pada Rabu (12/6) Kim memuji Rusia.", "Rabu (12/6)=2024-06-12/DATE"},
		{"Acara digelar Minggu (20/10/2024) di Jakarta.", "Minggu (20/10/2024)=2024-10-20/DATE"},
		{"Senin (10/8/2024) ia datang.", "Senin (10/8/2024)=2024-08-10/DATE!weekday-conflict"},
		{"Putin berangkat Rabu (19/06/2024) malam.", "Rabu (19/06/2024) malam=2024-06-19TNI/TIME"},
		{"Dokumen diteken 28/12/2014 di Surabaya.", "28/12/2014=2014-12-28/DATE"},
		{"Jumat (4/10) lalu hujan turun.", "Jumat (4/10)=2024-10-04/DATE"},
	})
}

func TestDayMonthID(t *testing.T) {
	runTagCases(t, "id", anchor, []tagCase{
		{"Upacara pada 17 Agustus 2024 berlangsung khidmat.", "17 Agustus 2024=2024-08-17/DATE"},
		{"Rapat 1 Okt 2024, lalu 5 Nop 2024 dan 3 Des 2023.", "1 Okt 2024=2024-10-01/DATE; 5 Nop 2024=2024-11-05/DATE; 3 Des 2023=2023-12-03/DATE"},
		{"Sidang 10 Sept 2024 dan 2 Agt 2024.", "10 Sept 2024=2024-09-10/DATE; 2 Agt 2024=2024-08-02/DATE"},
		{"Senin, 29 Desember 2014, hujan.", "Senin, 29 Desember 2014=2014-12-29/DATE"},
		{"Ia tiba 25 September.", "25 September=2024-09-25/DATE"},
		{"Mereka bertemu pada Juli 2009.", "Juli 2009=2009-07/DATE"},
		{"harga terendah sejak pertengahan September 2010", "pertengahan September 2010=2010-09/DATE"},
	})
}

func TestRelativeID(t *testing.T) {
	runTagCases(t, "id", anchor, []tagCase{
		{"Ia tiba kemarin dan pulang besok.", "kemarin=2024-10-08/DATE; besok=2024-10-10/DATE"},
		{"Sidang digelar lusa, bukan hari ini.", "lusa=2024-10-11/DATE; hari ini=2024-10-09/DATE"},
		{"Gempa terjadi tiga hari lalu.", "tiga hari lalu=2024-10-06/DATE"},
		{"Proyek dimulai dua pekan lalu.", "dua pekan lalu=2024-W39/DATE"},
		{"Harga naik lima bulan lalu.", "lima bulan lalu=2024-05/DATE"},
		{"Ia lulus dua tahun lalu.", "dua tahun lalu=2022/DATE"},
		{"Hasilnya keluar tiga hari lagi.", "tiga hari lagi=2024-10-12/DATE"},
		{"Setahun lalu ia menang.", "Setahun lalu=2023/DATE"},
		{"Menteri datang Selasa lalu.", "Selasa lalu=2024-10-08/DATE"},
		{"Rapat diadakan Jumat depan.", "Jumat depan=2024-10-11/DATE"},
		{"Harga naik bulan depan.", "bulan depan=2024-11/DATE"},
		{"Ia pergi pekan lalu.", "pekan lalu=2024-W40/DATE"},
		{"Minggu lalu ia pergi.", "Minggu lalu=2024-W40/DATE"},
		{"Panen gagal tahun lalu.", "tahun lalu=2023/DATE"},
		{"Awal tahun ini mereka sepakat.", "Awal tahun ini=2024/DATE"},
		{"Rencana akhir tahun lalu gagal.", "akhir tahun lalu=2023/DATE"},
		{"Pemilu digelar akhir pekan ini.", "akhir pekan ini=2024-W41-WE/DATE"},
		{"Ia datang tadi malam.", "tadi malam=2024-10-08TNI/TIME"},
		{"Saat ini harga stabil.", "Saat ini=PRESENT_REF/DATE"},
		{"Baru-baru ini ia bicara tentang masa depan.", "Baru-baru ini=PAST_REF/DATE; masa depan=FUTURE_REF/DATE"},
	})
}

func TestMonthsAndYearsID(t *testing.T) {
	runTagCases(t, "id", anchor, []tagCase{
		{"Gencatan senjata diteken pada Maret.", "Maret=2024-03/DATE"},
		{"Harga turun sejak Juni lalu.", "Juni lalu=2024-06/DATE"},
		{"Pemilu digelar Desember mendatang.", "Desember mendatang=2024-12/DATE"},
		{"Putin berkunjung pada bulan Juni.", "bulan Juni=2024-06/DATE"},
		{"Ia lahir Mei tahun lalu.", "Mei tahun lalu=2023-05/DATE"},
		{"Perjanjian sejak tahun 1961 masih berlaku.", "tahun 1961=1961/DATE"},
		{"Krisis tahun 1990-an dan abad ke-21.", "tahun 1990-an=199/DATE; abad ke-21=20/DATE"},
		{"Target rampung pada triwulan III-2024.", "triwulan III-2024=2024-Q3/DATE"},
		{"Hujan deras di musim kemarau.", "musim kemarau=2024-SU/DATE"},
		{"Harganya Rp 2014 per lembar.", ""},
		{"Sebanyak 2500 orang hadir.", ""},
	})
}

func TestTimesID(t *testing.T) {
	runTagCases(t, "id", anchor, []tagCase{
		{"Pesawat lepas landas pukul 13.21 WIB.", "pukul 13.21 WIB=2024-10-09T13:21+07:00/TIME"},
		{"Selasa (8/10/2024) pukul 05.36 WITA kapal tiba.", "Selasa (8/10/2024) pukul 05.36 WITA=2024-10-08T05:36+08:00/TIME"},
		{"Ia tiba jam 7 malam.", "jam 7 malam=2024-10-09T19:00/TIME"},
		{"Kantor buka pukul 08.00 hingga 16.00 WIB.", "pukul 08.00=2024-10-09T08:00/TIME; 16.00 WIB=2024-10-09T16:00+07:00/TIME"},
		{"Rabu pagi Kim tiba.", "Rabu pagi=2024-10-09TMO/TIME"},
		{"Kontak hilang pukul 07.24 WIB, Minggu (6/10/2024).", "pukul 07.24 WIB, Minggu (6/10/2024)=2024-10-06T07:24+07:00/TIME"},
		{"SPBU di Jl Raya Pasar Minggu 14 buka.", ""},
		{"Harga minyak turun 2 persen, Senin, di New York.", "Senin=2024-10-07/DATE"},
	})
}

func TestDurationsAndSetsID(t *testing.T) {
	runTagCases(t, "id", anchor, []tagCase{
		{"Ia ditahan selama tiga hari.", "tiga hari=P3D/DURATION"},
		{"Setahun penuh ia bekerja, 24 jam sehari.", "Setahun=P1Y/DURATION; 24 jam=PT24H/DURATION; sehari=P1D/DURATION"},
		{"Konflik itu berlangsung bertahun-tahun.", "bertahun-tahun=PXY/DURATION"},
		{"Dalam dua tahun ke depan ekonomi tumbuh.", "dua tahun ke depan=P2Y/DURATION"},
		{"Pemeriksaan berlangsung 1,5 jam.", "1,5 jam=PT1.5H/DURATION"},
		{"Ia berlatih setiap hari.", "setiap hari=P1D/SET"},
		{"Pria berusia 45 tahun itu ditangkap.", ""},
		{"Dua minggu kemudian ia pulih.", "Dua minggu kemudian=2024-W43/DATE"},
	})
}

func TestDatesEN(t *testing.T) {
	runTagCases(t, "en", anchor, []tagCase{
		{"JAKARTA, April 22, 2024 — The minister spoke.", "April 22, 2024=2024-04-22/DATE"},
		{"It happened on Friday, Feb. 27, 1998.", "Friday, Feb. 27, 1998=1998-02-27/DATE"},
		{"The talks ended Tuesday, Oct. 8.", "Tuesday, Oct. 8=2024-10-08/DATE"},
		{"He left on 5 March 2023.", "5 March 2023=2023-03-05/DATE"},
		{"Prices had fallen in March.", "March=2024-03/DATE"},
		{"They may leave; the march went on.", ""},
		{"It rose in the 1990s and again in 2008.", "the 1990s=199/DATE; 2008=2008/DATE"},
		{"Profit rose in the third quarter.", "the third quarter=2024-Q3/DATE"},
		{"On Tuesday, 10/8/2024, markets fell.", "Tuesday, 10/8/2024=2024-10-08/DATE"},
		{"The notice is dated 11/02/89.", "11/02/89=1989-11-02/DATE"},
	})
}

func TestRelativeEN(t *testing.T) {
	runTagCases(t, "en", anchor, []tagCase{
		{"He arrived yesterday and leaves tomorrow.", "yesterday=2024-10-08/DATE; tomorrow=2024-10-10/DATE"},
		{"Sales fell last week but may rise next month.", "last week=2024-W40/DATE; next month=2024-11/DATE"},
		{"Last year was hard; this year is better.", "Last year=2023/DATE; this year=2024/DATE"},
		{"The vote was held on Monday.", "Monday=2024-10-07/DATE"},
		{"The vote will be held next Tuesday.", "next Tuesday=2024-10-15/DATE"},
		{"It closed three days ago.", "three days ago=2024-10-06/DATE"},
		{"Prices are high now.", "now=PRESENT_REF/DATE"},
		{"He spoke at 1:21 p.m. today.", "1:21 p.m. today=2024-10-09T13:21/TIME"},
		{"He spoke today at 1:21 p.m.", "today=2024-10-09/DATE; 1:21 p.m.=2024-10-09T13:21/TIME"},
		{"Storms hit last night.", "last night=2024-10-08TNI/TIME"},
		{"Trading halts at 9 a.m. Tuesday.", "9 a.m. Tuesday=2024-10-08T09:00/TIME"},
	})
}

func TestDurationsEN(t *testing.T) {
	runTagCases(t, "en", anchor, []tagCase{
		{"Shares fell over the past three months.", "the past three months=P3M/DURATION"},
		{"He served five years and two weeks.", "five years=P5Y/DURATION; two weeks=P2W/DURATION"},
		{"A two-year deal was signed.", "two-year=P2Y/DURATION"},
		{"The paper is published daily.", "daily=P1D/SET"},
		{"A 6-year-old boy was found.", ""},
		{"The strike lasted about two years.", "about two years=P2Y/DURATION"},
		{"The office opens each Thursday.", "each Thursday=XXXX-WXX-4/SET"},
		{"Sales were higher in July last year.", "July last year=2023-07/DATE"},
		{"Families met on Thanksgiving Day and before Election Day.", "Thanksgiving Day=2024-11-28/DATE; Election Day=2024-11-05/DATE"},
	})
}

func TestUnanchored(t *testing.T) {
	runTagCases(t, "id", time.Time{}, []tagCase{
		{"Ia datang kemarin.", "kemarin=XXXX-XX-XX/DATE!no-anchor"},
		{"Kim bicara pada hari Selasa.", "hari Selasa=XXXX-WXX-2/DATE!no-anchor"},
		{"Kunjungan pada bulan Juni.", "bulan Juni=XXXX-06/DATE"},
		{"Pada 17 Agustus 2024 ia datang.", "17 Agustus 2024=2024-08-17/DATE"},
	})
}

func TestTagOtherLanguageTriesBoth(t *testing.T) {
	runTagCases(t, "", anchor, []tagCase{
		{"Kemarin, yesterday, 5 Juni 2024.", "Kemarin=2024-10-08/DATE; yesterday=2024-10-08/DATE; 5 Juni 2024=2024-06-05/DATE"},
	})
}

func TestClockTakesStoryDay(t *testing.T) {
	runTagCases(t, "id", time.Date(2014, 12, 29, 0, 0, 0, 0, time.UTC), []tagCase{
		{"Pesawat hilang kontak pada Minggu (28/12/2014). Kontak terakhir terjadi pukul 07.24 WIB.",
			"Minggu (28/12/2014)=2014-12-28/DATE; pukul 07.24 WIB=2014-12-28T07:24+07:00/TIME"},
		{"Harga turun kemarin. Pada pukul 10.14 WIB harga naik.", "kemarin=2014-12-28/DATE; pukul 10.14 WIB=2014-12-29T10:14+07:00/TIME"},
	})
}

// TestYearlessWeekdayFromClock: with no anchor and no year in the text, a
// yearless weekday date is placed in the latest year, not after the clock's
// today, whose calendar agrees with the weekday.
func TestYearlessWeekdayFromClock(t *testing.T) {
	tg := Tagger{Now: func() time.Time { return time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC) }}
	tests := []struct{ body, want string }{
		{"Rapat digelar Senin (27/3) di Jakarta.", "2023-03-27"},    // Monday; 2028 would be in the future
		{"Sidang dibuka Senin (16/11) pagi.", "2026-11-16"},         // this year, a week ago
		{"Pertemuan berlangsung Rabu (25/11) malam.", "2020-11-25"}, // 2026-11-25 is a Wednesday but still to come
	}
	for _, tt := range tests {
		xs := tg.Tag(tt.body, "id", time.Time{})
		if len(xs) == 0 || !strings.HasPrefix(xs[0].Value, tt.want) {
			t.Errorf("Tag(%q) = %+v, want first value %s", tt.body, xs, tt.want)
		}
	}
}

// TestYearHint: with no anchor, a yearless day takes the latest year the
// text writes as part of a date, else the latest bare year that does not
// open a span ("since 2010"), else the clock's.
func TestYearHint(t *testing.T) {
	tg := Tagger{Now: func() time.Time { return time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC) }}
	tests := []struct{ lang, body, want string }{
		{"en", "The emergency will run until September 30. It was the strongest eruption since 2010.", "2026-09-30"},
		{"en", "Talks end on March 3. Shipments reached a record in 2019.", "2019-03-03"},
		{"id", "Rapat digelar 30 Juni. Sebelumnya, pada 12 Juni 2023 ia datang. Target tahun 2025 belum tercapai.", "2023-06-30"},
		{"id", "Sidang dilanjutkan 5 Mei. Kasus ini bergulir sejak 2019.", "2026-05-05"},
		{"en", "Talks end on March 3, says the note of 2021-05-01. Shipments reached a record in 2024.", "2021-03-03"},
		{"id", "Rapat digelar 5 Mei. Surat bertanggal 12/6/2021 menyebut target tahun 2025.", "2021-05-05"},
	}
	for _, tt := range tests {
		xs := tg.Tag(tt.body, tt.lang, time.Time{})
		if len(xs) == 0 || xs[0].Value != tt.want {
			t.Errorf("Tag(%q) = %+v, want first value %s", tt.body, xs, tt.want)
		}
	}
}
