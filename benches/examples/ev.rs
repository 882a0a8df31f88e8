fn main() {
    for t in std::env::args().skip(1) {
        let e = mfi_core::internal::evidence(&t);
        println!("{:?}", e);
    }
}
