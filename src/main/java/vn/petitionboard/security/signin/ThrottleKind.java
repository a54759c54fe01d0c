package vn.petitionboard.security.signin;

/** What a throttle row counts failures of; stored by name in sign_in_throttle.kind. */
enum ThrottleKind {
    USERNAME,
    ADDRESS
}
