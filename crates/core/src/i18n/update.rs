//! Strings of the update notice: a new version of the app is ready (see `sw-register.js`).

#[cfg_attr(test, derive(serde::Serialize))]
pub struct UpdateTexts {
    pub message: &'static str,
    pub apply: &'static str,
}

pub static NL: UpdateTexts = UpdateTexts {
    message: "Er is een nieuwe versie van Vitaal Samenwerken. Je werk is bewaard.",
    apply: "Nu vernieuwen",
};

pub static EN: UpdateTexts = UpdateTexts {
    message: "A new version of Vitaal Samenwerken is available. Your work has been saved.",
    apply: "Refresh now",
};
