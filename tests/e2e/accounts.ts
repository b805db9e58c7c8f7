// Passwords for the demo accounts of the browser-test database only (set through the environment variables
// that the app reads; never used by the app itself).
export const E2E_PASSWORDS = {
  GOVATLAS_ADMIN_PASSWORD: "e2e-admin-password-1",
  GOVATLAS_EDITOR_PASSWORD: "e2e-editor-password-1",
  GOVATLAS_VIEWER_PASSWORD: "e2e-viewer-password-1",
} as const;

export const ACCOUNTS = {
  ADMIN: { email: "admin@govatlas.local", password: E2E_PASSWORDS.GOVATLAS_ADMIN_PASSWORD },
  EDITOR: { email: "editor@govatlas.local", password: E2E_PASSWORDS.GOVATLAS_EDITOR_PASSWORD },
  VIEWER: { email: "viewer@govatlas.local", password: E2E_PASSWORDS.GOVATLAS_VIEWER_PASSWORD },
} as const;
