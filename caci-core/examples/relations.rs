//! Prints the arms transfers and meetings a text file (or standard input) states, one
//! per line, found with the built-in gazetteer; `-v` also prints the mentions.
//!
//! `cargo run --release -p caci-core --example relations -- FILE [DATE] [-v]`

use caci_core::{relations, Date, Gazetteer};
use std::io::Read;

fn main() {
    let verbose = std::env::args().any(|a| a == "-v");
    let args: Vec<String> = std::env::args().skip(1).filter(|a| a != "-v").collect();
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
    let mentions = g.find_dated(&text, date);
    if verbose {
        for m in &mentions {
            println!("mention\t{}\t{}\t{}\t{}\t{}", m.start, m.end, m.kind(), m.id(), m.surface);
        }
    }
    let found = relations::extract(&g, &text, &mentions, date);
    for t in &found.transfers {
        let year = t.year.map_or(String::new(), |y| y.to_string());
        let quantity = t.quantity.map_or(String::new(), |q| q.to_string());
        println!(
            "transfer\t{}\t{}\t{}\t{}\t{}\t{quantity}\t{year}\t{}",
            t.supplier,
            t.recipient,
            t.system,
            t.status,
            t.evidence,
            &text[t.start..t.end]
        );
    }
    for m in &found.meetings {
        let year = m.year.map_or(String::new(), |y| y.to_string());
        println!(
            "meeting\t{}\t{}\t{}\t{}\t{year}\t{}\t{}",
            m.a,
            m.b,
            m.kind,
            m.place.unwrap_or(""),
            m.evidence,
            &text[m.start..m.end]
        );
    }
}
