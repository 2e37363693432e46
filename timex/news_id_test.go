package timex

import (
	"testing"
	"time"
)

// The cases below come from errors on our second Indonesian dev gold
// (timex/testdata/id-news-dev-gold.tsv: disasters, courts, sport, the
// economy), written as new sentences.

func TestNoBreakSpaceAndSekiraID(t *testing.T) {
	a := time.Date(2025, 6, 18, 0, 0, 0, 0, time.UTC)
	runTagCases(t, "id", a, []tagCase{
		{"Gunung itu meletus Selasa (17/6/2025)\u00a0pukul 17.35 Wita.", "Selasa (17/6/2025)\u00a0pukul 17.35 Wita=2025-06-17T17:35+08:00/TIME"},
		{"Letusan terjadi Selasa 17 Juni 2025 sekira pukul 17.35 WITA.", "Selasa 17 Juni 2025 sekira pukul 17.35 WITA=2025-06-17T17:35+08:00/TIME"},
		{"Kapal berangkat sekira pukul 06.00 WIB.", "sekira pukul 06.00 WIB=2025-06-18T06:00+07:00/TIME"},
	})
}

func TestReportingDateID(t *testing.T) {
	a := time.Date(2025, 6, 18, 0, 0, 0, 0, time.UTC)
	runTagCases(t, "id", a, []tagCase{
		// the clock time belongs to the event day, not to the day of the statement
		{"Lomba lari digelar Minggu (22/6/2025). \"Jalan ditutup mulai pukul 05.30 WIB,\" kata Wali Kota, Rabu (18/6/2025).",
			"Minggu (22/6/2025)=2025-06-22/DATE; pukul 05.30 WIB=2025-06-22T05:30+07:00/TIME; Rabu (18/6/2025)=2025-06-18/DATE"},
		// "hari itu" is the day of the story
		{"Bocah itu hilang pada Senin (16/6) pukul 13.00 WIB. \"Ia sempat bermain,\" ujar Kepala BPBD saat dihubungi, Rabu (18/6/2025). Pada hari itu ia keluar rumah.",
			"Senin (16/6) pukul 13.00 WIB=2025-06-16T13:00+07:00/TIME; Rabu (18/6/2025)=2025-06-18/DATE; hari itu=2025-06-16/DATE"},
		// a day that is not a statement's still anchors
		{"Adam mengatakan korban hilang pada Senin (16/6) pagi. Pencarian dihentikan pukul 17.00 WIB.",
			"Senin (16/6) pagi=2025-06-16TMO/TIME; pukul 17.00 WIB=2025-06-16T17:00+07:00/TIME"},
	})
}

func TestNotYearsID(t *testing.T) {
	a := time.Date(2025, 6, 19, 0, 0, 0, 0, time.UTC)
	runTagCases(t, "id", a, []tagCase{
		{"Hal itu sesuai Peraturan Menteri Perhubungan Nomor PM 140 Tahun 2015 tentang keamanan.", ""},
		{"Berdasarkan PMK Nomor 34 Tahun 2017, pembeli dikenai pajak.", ""},
		{"Aturan itu terbit pada tahun 2017.", "tahun 2017=2017/DATE"},
		{"Laporan bernomor SPTLKO/02/VI/2025/SPKT itu diterima.", ""},
		{"Jadwal gelaran Piala Presiden 2025 berubah.", ""},
		{"Berikut jadwal Formula E Jakarta 2025.", ""},
		{"Festival bertajuk Depok Run Fest (DRF) 2025 digelar.", ""},
		{"Pemilu (2024) berjalan lancar.", "2024=2024/DATE"},
	})
}

func TestAgesID(t *testing.T) {
	a := time.Date(2025, 6, 18, 0, 0, 0, 0, time.UTC)
	runTagCases(t, "id", a, []tagCase{
		{"Ia dihukum ringan mengingat usianya yang kini sudah 63 tahun.", "kini=PRESENT_REF/DATE"},
		{"Usia harapan hidup rata-rata masyarakat mencapai 72 tahun.", ""},
		{"Usianya tua, tetapi ia divonis pidana 16 tahun.", "16 tahun=P16Y/DURATION"},
		{"Pada usia itu ia dipenjara selama 16 tahun.", "16 tahun=P16Y/DURATION"},
	})
}

func TestNewsFamiliesID(t *testing.T) {
	a := time.Date(2025, 6, 18, 0, 0, 0, 0, time.UTC)
	runTagCases(t, "id", a, []tagCase{
		// compound durations
		{"Saksi diperiksa sekitar 4 jam 30 menit.", "sekitar 4 jam 30 menit=PT4H30M/DURATION"},
		{"Laga tersisa tujuh menit 15 detik.", "tujuh menit 15 detik=PT7M15S/DURATION"},
		// a day coordinated with a full date
		{"Rapat digelar pada 17 dan 18 Juni 2025.", "17=2025-06-17/DATE; 18 Juni 2025=2025-06-18/DATE"},
		// the n-th day of an operation is the day in focus
		{"Pencarian memasuki hari ketiga pada Senin (16/6/2025).", "hari ketiga=2025-06-16/DATE; Senin (16/6/2025)=2025-06-16/DATE"},
		{"\"Hari kedua pencarian korban sudah ditemukan,\" kata Jalal.", "Hari kedua=2025-06-18/DATE"},
		{"Festival berlangsung dari hari pertama hingga ketiga.", ""},
		// going forward
		{"Ke depan, bank sentral akan mencermati ruang penurunan.", "Ke depan=FUTURE_REF/DATE"},
		{"Ia melangkah ke depan panggung.", ""},
		// a week of a month
		{"Gempa tercatat sepanjang pekan pertama Juni 2025.", "pekan pertama Juni 2025=2025-W23/DATE"},
		{"Panen raya jatuh pada pekan terakhir Mei 2025.", "pekan terakhir Mei 2025=2025-W22/DATE"},
		// a part of the day between weekday and date
		{"Gunung itu erupsi pada Jumat malam (13/6/2025).", "Jumat malam (13/6/2025)=2025-06-13TNI/TIME"},
		// a clock time tied to the date after it
		{"Layanan diperpanjang dari pukul 05.00 WIB pada 22 Juni hingga pukul 01.00 WIB pada 23 Juni 2025.",
			"pukul 05.00 WIB=2025-06-22T05:00+07:00/TIME; 22 Juni=2025-06-22/DATE; pukul 01.00 WIB=2025-06-23T01:00+07:00/TIME; 23 Juni 2025=2025-06-23/DATE"},
		// "hari yang sama" lends its day to the clock time after it
		{"Inter bertemu Urawa pada Minggu (22/6) pukul 02.00 WIB, sedangkan Monterrey bermain pada hari yang sama pukul 08.00 WIB.",
			"Minggu (22/6) pukul 02.00 WIB=2025-06-22T02:00+07:00/TIME; hari yang sama pukul 08.00 WIB=2025-06-22T08:00+07:00/TIME"},
		// habitual clock times
		{"Setiap pagi pukul 04.00 ia mencangkul sawah.", "Setiap pagi=XXXX-XX-XXTMO/SET; pukul 04.00=XXXX-XX-XXT04:00/TIME"},
	})
}

func TestSearchOperationsID(t *testing.T) {
	a := time.Date(2014, 12, 31, 0, 0, 0, 0, time.UTC)
	runTagCases(t, "id", a, []tagCase{
		// the n-th day with no date in its sentence is the article's day,
		// not the day the text last wrote out
		{"Pesawat hilang pada Minggu (28/12/2014). Hari ketiga pencarian, tim menemukan serpihan.",
			"Minggu (28/12/2014)=2014-12-28/DATE; Hari ketiga=2014-12-31/DATE"},
		{"Pada 2 x 24 jam pertama, tim fokus di satu titik.", "2 x 24 jam pertama=P2D/DURATION"},
		{"Basarnas memperpanjang pencarian tujuh hari lagi.", "tujuh hari lagi=P7D/DURATION"},
		{"Tim akan kembali tujuh hari lagi.", "tujuh hari lagi=2015-01-07/DATE"},
		{"Kotak hitam ditemukan Senin (29/12) pagi dan dibawa ke Jakarta pada siang harinya.",
			"Senin (29/12) pagi=2014-12-29TMO/TIME; siang harinya=2014-12-29TAF/TIME"},
	})
}

func TestYearTypoID(t *testing.T) {
	a := time.Date(2025, 6, 18, 0, 0, 0, 0, time.UTC)
	runTagCases(t, "id", a, []tagCase{
		{"Tembakan terdengar, kata Faizal, Rabu (18/6/2926). Kontak tembak terjadi pukul 08.00 WIT.",
			"Rabu (18/6/2926)=2025-06-18/DATE; pukul 08.00 WIT=2025-06-18T08:00+09:00/TIME"},
		{"Penumpang diberangkatkan Rabu (18/6/2026).", "Rabu (18/6/2026)=2025-06-18/DATE"},
		// no weekday, no correction
		{"Kontrak berlaku hingga 18/6/2026.", "18/6/2026=2026-06-18/DATE"},
	})
}

func TestQuotedRelativeDaysID(t *testing.T) {
	a := time.Date(2025, 6, 14, 0, 0, 0, 0, time.UTC) // published the day after the statement
	runTagCases(t, "id", a, []tagCase{
		{"“Mulai hari ini jalur dibuka 24 jam,” ujar Gubernur, Jumat (13/6/2025).",
			"hari ini=2025-06-13/DATE; 24 jam=PT24H/DURATION; Jumat (13/6/2025)=2025-06-13/DATE"},
		{"\"Kemarin kami menutup jalur,\" kata Kapolres, Jumat (13/6/2025).",
			"Kemarin=2025-06-12/DATE; Jumat (13/6/2025)=2025-06-13/DATE"},
		// outside a quotation "hari ini" is the article's day
		{"Jalur dibuka hari ini. Gubernur meninjau jalur itu Jumat (13/6/2025).",
			"hari ini=2025-06-14/DATE; Jumat (13/6/2025)=2025-06-13/DATE"},
	})
}

func TestClockCountedFromClockID(t *testing.T) {
	a := time.Date(2014, 12, 30, 0, 0, 0, 0, time.UTC)
	runTagCases(t, "id", a, []tagCase{
		{"Pesawat lepas landas pukul 05.36 WIB pada Minggu (28/12/2014) dan hilang kontak 42 menit kemudian.",
			"pukul 05.36 WIB=2014-12-28T05:36+07:00/TIME; Minggu (28/12/2014)=2014-12-28/DATE; 42 menit kemudian=2014-12-28T06:18+07:00/TIME"},
		{"Kapal itu tenggelam dua jam kemudian.", "dua jam=PT2H/DURATION"},
		{"Tim berangkat Senin subuh.", "Senin subuh=2014-12-29TMO/TIME"},
		{"Jenazah tiba Selasa magrib.", "Selasa magrib=2014-12-30TEV/TIME"},
	})
}

func TestBarePartOfDayID(t *testing.T) {
	a := time.Date(2018, 2, 8, 0, 0, 0, 0, time.UTC)
	runTagCases(t, "id", a, []tagCase{
		{"Air mulai surut menjelang pagi.", "pagi=2018-02-08TMO/TIME"},
		{"Warga bertahan di posko sampai malam.", "malam=2018-02-08TNI/TIME"},
		{"Mereka makan malam bersama. Selamat pagi, Jakarta.", ""},
		{"Hujan turun sejak pagi hari.", "pagi hari=2018-02-08TMO/TIME"},
	})
}
