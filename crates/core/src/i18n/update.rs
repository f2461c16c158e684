//! Strings of the update notice (Dutch): a new version of the app is ready (see `sw-register.js`).

pub struct UpdateTexts {
    pub message: &'static str,
    pub apply: &'static str,
}

pub static NL: UpdateTexts = UpdateTexts {
    message: "Er is een nieuwe versie van Vitaal Samenwerken. Je werk is bewaard.",
    apply: "Nu vernieuwen",
};
