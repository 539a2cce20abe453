//! Tags a text file (or standard input) with the built-in gazetteer and prints one
//! mention per line: byte start, end, kind, id, form and surface.
//!
//! `cargo run --release -p caci-core --example tag -- FILE [DATE]`

use caci_core::{Date, Gazetteer};
use std::io::Read;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut text = String::new();
    let read = match args.first().map(String::as_str) {
        None | Some("-") => std::io::stdin().read_to_string(&mut text).map(|_| ()),
        Some(path) => std::fs::read_to_string(path).map(|t| text = t),
    };
    if let Err(e) = read {
        eprintln!("error: cannot read {}: {e}", args.first().map_or("standard input", String::as_str));
        std::process::exit(2);
    }
    let date = match args.get(1).map(|d| d.parse::<Date>()) {
        Some(Err(e)) => {
            eprintln!("error: {e}");
            std::process::exit(2);
        }
        Some(Ok(d)) => Some(d),
        None => None,
    };
    let g = Gazetteer::default();
    for m in g.find_dated(&text, date) {
        println!("{}\t{}\t{}\t{}\t{}\t{}", m.start, m.end, m.kind(), m.id(), m.form(), m.surface);
    }
}
