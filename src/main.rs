fn main() {
    vitaal_samenwerken::ui::start();
}
