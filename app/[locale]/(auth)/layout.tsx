import type { ReactNode } from "react";
import { AreaMessages } from "@/components/layout/area-messages";

// The sign-in form's client messages (the page itself decides what a signed-in visitor sees).
export default function AuthLayout({ children }: { children: ReactNode }) {
  return <AreaMessages area="auth">{children}</AreaMessages>;
}
