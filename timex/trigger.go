package timex

import (
	"strings"
	"sync"
)

// reach is how far before its trigger word an expression may start
// ("at least the past 18 months", "the beginning of the month").
const reach = 48

// triggerWords are the words at least one of which every expression the
// rules know contains; a text without them has no expression, and the
// rules are only tried near them. Words holding a digit are triggers too.
var triggerWords = sync.OnceValue(func() map[string]bool {
	t := map[string]bool{}
	for _, m := range []map[string]int{monthsID, monthsEN, weekdaysID, weekdaysEN} {
		for k := range m {
			t[strings.Trim(k, "'’")] = true
		}
	}
	for _, m := range []map[string]string{unitsID, unitsEN} {
		for k := range m {
			t[k] = true
		}
	}
	t["jum"] = true // "Jum'at" splits at the apostrophe
	for _, w := range strings.Fields(`
		kemarin kemaren besok esok lusa sekarang kini saat sementara dewasa belakangan baru akhir masa waktu
		musim setiap tiap saban per harian mingguan bulanan tahunan natal baru abad dekade dasawarsa
		triwulan kuartal semester pagi siang sore petang malam dini semalam tadi pukul pkl tanggal tgl
		yesterday today tomorrow tonight now currently current nowadays recently lately future past present
		moment noon midnight daily weekly monthly yearly hourly nightly biweekly every each christmas new
		spring summer fall autumn winter weekend period night morning afternoon evening days`) {
		t[w] = true
	}
	return t
})

// isTrigger reports whether the lower-cased word w can anchor an expression.
func isTrigger(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= '0' && w[i] <= '9' {
			return true
		}
	}
	tw := triggerWords()
	if tw[w] {
		return true
	}
	for _, p := range []string{"se", "ber"} { // setahun, sepekan, bertahun
		if strings.HasPrefix(w, p) && tw[w[len(p):]] {
			return true
		}
	}
	return false
}

// startable marks the offsets of lc where an expression may start: those
// at most reach bytes before a trigger word.
func startable(lc string) []bool {
	ok := make([]bool, len(lc))
	for i := 0; i < len(lc); {
		if !isWordByte(lc[i]) {
			i++
			continue
		}
		j := i
		for j < len(lc) && isWordByte(lc[j]) {
			j++
		}
		if isTrigger(lc[i:j]) {
			for k := max(0, i-reach); k <= i; k++ {
				ok[k] = true
			}
		}
		i = j
	}
	return ok
}
