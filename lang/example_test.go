package lang_test

import (
	"fmt"

	"github.com/warta-news/warta/lang"
)

func ExampleDetector_Detect() {
	d := lang.New()
	fmt.Println(d.Detect("Pemerintah mengatakan bahwa harga beras akan tetap stabil karena stok cukup hingga akhir tahun."))
	fmt.Println(d.Detect("Kerajaan berkata harga beras akan kekal stabil kerana stok mencukupi, iaitu sehingga hujung tahun."))
	fmt.Println(d.Detect("The government said rice prices would stay stable because stocks are sufficient until the end of the year."))
	fmt.Println(d.Detect("12.500 | 13.21 | 2024"))
	// Output:
	// id
	// ms
	// en
	// und
}
