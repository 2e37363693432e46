package text_test

import (
	"fmt"

	"github.com/warta-news/warta/text"
)

func ExampleSentences() {
	s := "Prof. Dr. H. Ahmad tiba pukul 13.21 WIB. “Kami siap,” katanya.\nIa lalu pergi."
	for _, sp := range text.Sentences(s) {
		fmt.Println(sp.Text(s))
	}
	// Output:
	// Prof. Dr. H. Ahmad tiba pukul 13.21 WIB.
	// “Kami siap,” katanya.
	// Ia lalu pergi.
}

func ExampleWords() {
	s := "Negara-negara Barat, ke-72."
	for _, sp := range text.Words(s) {
		fmt.Println(sp.Text(s))
	}
	// Output:
	// Negara-negara
	// Barat
	// ke-72
}

func ExampleStemText() {
	fmt.Println(text.StemText("id", "Pemerintah menambahkan bantuan bagi negara-negara tetangga."))
	fmt.Println(text.StemText("en", "The governments agreed on new funding."))
	// Output:
	// perintah tambah bantu bagi negara tetangga
	// the govern agre on new fund
}

func ExampleNormalize() {
	fmt.Println(text.Normalize("“Kami SIAP,” katanya — Senin (10/6)."))
	// Output:
	// kami siap katanya senin 10 6
}

func ExampleContentWords() {
	fmt.Println(text.ContentWords("id", "Kim mengatakan bahwa hubungan kedua negara semakin erat, ujarnya."))
	// Output:
	// [kim hubung dua negara makin erat]
}
