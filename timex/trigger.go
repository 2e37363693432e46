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
	for _, m := range []map[string]int{monthsID, monthsEN, monthsES, weekdaysID, weekdaysEN, weekdaysES} {
		for k := range m {
			t[strings.Trim(k, "'’")] = true
		}
	}
	for _, m := range []map[string]string{unitsID, unitsEN, unitsES} {
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
		spring summer fall autumn winter weekend period night morning afternoon evening days
		hoy ayer anteayer antier anoche mañana manana víspera vispera hace dentro actualmente ahora
		actualidad recientemente últimamente ultimamente futuro pasado porvenir momento cada diariamente
		semanalmente mensualmente anualmente navidad nochebuena nochevieja mediodía mediodia medianoche
		las tarde noche madrugada fin fines nanti tengah paruh zaman sebentar dahulu keesokan harinya
		pronto primavera verano invierno otoño otono momentos depan subuh senja fajar magrib maghrib seharian`) {
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
//
// A word is a run of ASCII letters and digits; a run that also holds
// non-ASCII letters ("mañana", "miércoles") is tried whole as well.
func startable(lc string) []bool {
	ok := make([]bool, len(lc))
	mark := func(i int) {
		for k := max(0, i-reach); k <= i; k++ {
			ok[k] = true
		}
	}
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
			mark(i)
		} else if j < len(lc) && lc[j] >= 0x80 || i > 0 && lc[i-1] >= 0x80 {
			s, e := i, j
			for s > 0 && (isWordByte(lc[s-1]) || lc[s-1] >= 0x80) {
				s--
			}
			for e < len(lc) && (isWordByte(lc[e]) || lc[e] >= 0x80) {
				e++
			}
			if isTrigger(lc[s:e]) {
				mark(s)
				mark(i)
			}
		}
		i = j
	}
	return ok
}
