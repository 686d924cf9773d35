//! Closed sets of names, written once.
//!
//! Every enum whose values have a stable kebab-case name (the format's
//! vocabularies, diagnostic codes, finding codes, event kinds, score parts)
//! is declared with [`names!`]: the variant and its name appear once, and
//! the macro writes `ALL`, `as_str`, `alias`, `from_name`, `Display`,
//! `Serialize` and clap's `ValueEnum`.
//! `vocab!` (model) and `codes!` (`crate::finding`: diagnostic and finding
//! codes, each with its severity) build on it.

/// Declares an enum of named values.
///
/// ```ignore
/// names! {
///     /// Where a person stands.
///     pub enum Direction {
///         /// Toward us.
///         TowardUs = "toward-us",
///         AwayFromUs = "away-from-us",
///     }
/// }
/// ```
macro_rules! names {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $text:literal $(| $alias:literal)? ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable name.
            pub const fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// The short alias, where one is defined (帮 for mentor).
            #[allow(unreachable_patterns)]
            pub const fn alias(self) -> Option<&'static str> {
                match self { $( $name::$variant => $crate::names::names!(@opt $($alias)?), )+ }
            }

            /// The value written `name`: its stable name or its alias.
            pub fn from_name(name: &str) -> Option<Self> {
                Self::ALL
                    .iter()
                    .copied()
                    .find(|v| v.as_str() == name || v.alias() == Some(name))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        /// Command-line arguments take the stable names (and aliases).
        impl clap::ValueEnum for $name {
            fn value_variants<'a>() -> &'a [Self] {
                Self::ALL
            }
            fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
                let value = clap::builder::PossibleValue::new(self.as_str());
                Some(match self.alias() {
                    Some(alias) => value.alias(alias),
                    None => value,
                })
            }
        }
    };
    (@opt $alias:literal) => { Some($alias) };
    (@opt) => { None };
}

pub(crate) use names;
