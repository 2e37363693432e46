package timex

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// monthsID and monthsEN map month names and abbreviations (lower case,
// without a trailing dot) to month numbers.
var monthsID = map[string]int{
	"januari": 1, "jan": 1, "februari": 2, "pebruari": 2, "feb": 2, "peb": 2,
	"maret": 3, "mar": 3, "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6,
	"juli": 7, "jul": 7, "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "agust": 8, "aug": 8,
	"september": 9, "sept": 9, "sep": 9, "oktober": 10, "okt": 10, "oct": 10,
	"november": 11, "nopember": 11, "nov": 11, "nop": 11, "desember": 12, "des": 12, "dec": 12,
}

var monthsEN = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10,
	"november": 11, "nov": 11, "december": 12, "dec": 12,
}

// fullMonthsID and fullMonthsEN are the names safe to read as a month on
// their own, without a day or a year next to them.
var fullMonthsID = []string{"januari", "februari", "pebruari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "nopember", "desember"}

var fullMonthsEN = []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "sept"}

// weekdaysID and weekdaysEN map weekday names to ISO weekday numbers
// (Monday 1 .. Sunday 7).
var weekdaysID = map[string]int{
	"senin": 1, "selasa": 2, "rabu": 3, "kamis": 4, "jumat": 5, "jum'at": 5, "jum’at": 5,
	"sabtu": 6, "minggu": 7, "ahad": 7,
}

var weekdaysEN = map[string]int{
	"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
}

// numbersID and numbersEN are number words; -1 stands for an unspecified
// quantity ("beberapa", "several"), written X in TIMEX3 values.
var numbersID = map[string]int{
	"satu": 1, "se": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
	"delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100,
	"beberapa": -1, "puluhan": -1, "belasan": -1, "ratusan": -1, "sejumlah": -1,
}

var numbersEN = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
	"several": -1, "few": -1, "a few": -1, "many": -1, "some": -1, "couple": 2, "a couple of": 2,
	"dozen": 12, "a dozen": 12,
}

var ordinalsEN = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}

// unitsID and unitsEN map time units to TIMEX3 unit letters. Units below a
// day are written after "T" in durations.
var unitsID = map[string]string{
	"detik": "S", "menit": "MIN", "jam": "H", "hari": "D", "minggu": "W", "pekan": "W",
	"bulan": "M", "tahun": "Y", "dekade": "DE", "dasawarsa": "DE", "abad": "CE", "windu": "WINDU",
	"triwulan": "Q", "kuartal": "Q", "semester": "SEM",
}

var unitsEN = map[string]string{
	"second": "S", "seconds": "S", "minute": "MIN", "minutes": "MIN", "hour": "H", "hours": "H",
	"day": "D", "days": "D", "week": "W", "weeks": "W", "month": "M", "months": "M",
	"year": "Y", "years": "Y", "decade": "DE", "decades": "DE", "century": "CE", "centuries": "CE",
	"quarter": "Q", "quarters": "Q",
}

// alternation returns the keys as a regular-expression alternation, longest
// first so that "september" wins over "sep".
func alternation(words ...[]string) string {
	var all []string
	seen := map[string]bool{}
	for _, ws := range words {
		for _, w := range ws {
			if !seen[w] {
				seen[w] = true
				all = append(all, w)
			}
		}
	}
	sort.Slice(all, func(i, j int) bool {
		if len(all[i]) != len(all[j]) {
			return len(all[i]) > len(all[j])
		}
		return all[i] < all[j]
	})
	for i, w := range all {
		all[i] = strings.ReplaceAll(strings.ReplaceAll(w, ".", `\.`), "'", "['’]")
	}
	return "(?:" + strings.Join(all, "|") + ")"
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// number reads a quantity written in digits or words: "3", "tiga", "dua
// puluh", "twenty-four", "setahun" (the "se" prefix), "beberapa". It returns
// -1 for an unspecified quantity and ok false when s is not a number.
func number(s string) (n int, ok bool) {
	s = strings.TrimSpace(strings.ReplaceAll(s, "-", " "))
	if s == "" {
		return 0, false
	}
	if thousandsRE.MatchString(s) {
		s = strings.ReplaceAll(strings.ReplaceAll(s, ".", ""), ",", "")
	}
	if v, err := strconv.Atoi(s); err == nil {
		return v, true
	}
	if s[0] >= '0' && s[0] <= '9' {
		return 0, false // a decimal such as "1,5": see fraction
	}
	if v, ok := numbersEN[s]; ok {
		return v, true
	}
	if v, ok := numbersID[s]; ok {
		return v, true
	}
	if v, ok := numbersES[s]; ok {
		return v, true
	}
	f := strings.Fields(s)
	total, cur := 0, 0
	for i, w := range f {
		switch {
		case w == "puluh":
			cur = max(cur, 1) * 10
		case w == "belas":
			cur += 10
		case w == "ratus" || w == "hundred":
			cur = max(cur, 1) * 100
		case w == "ribu" || w == "thousand":
			total += max(cur, 1) * 1000
			cur = 0
		case (w == "and" || w == "y") && i > 0:
		default:
			v, ok := numbersEN[w]
			if !ok {
				v, ok = numbersID[w]
			}
			if !ok {
				v, ok = numbersES[w]
			}
			if !ok || v < 0 {
				return 0, false
			}
			cur += v
		}
	}
	return total + cur, true
}

var thousandsRE = regexp.MustCompile(`^\d{1,3}(?:[.,]\d{3})+$`)

// numberWordsRE matches a quantity in words or digits, in either language.
const numberWordsRE = `(?:\d{1,4}(?:[.,]\d+)?|` +
	`(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)\s+(?:puluh|belas|ratus)(?:\s+(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan))?|` +
	`satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|seratus|beberapa|puluhan|belasan|ratusan|` +
	`(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|` +
	`one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|` +
	`several|a\s+few|few|a\s+couple\s+of|a\s+dozen|a|an)`
