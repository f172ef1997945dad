// A full disk, injected where the browser raises it: an IndexedDB write fails with the
// QuotaExceededError DOMException Chromium throws. Chromium's quota override over the DevTools
// protocol (Storage.overrideQuotaForOrigin) has no effect in this Chromium, hence the patch.
import type { Page } from "@playwright/test";

export interface QuotaFault {
  /** Writes still allowed before every further one fails (0: the next write fails). */
  writesLeft: number;
  /** Only writes to this object store count and fail; every store when absent. */
  store?: string;
}

/** Patches IDBObjectStore.put on every page load; nothing fails until `setQuotaFault` arms it. */
export async function installQuotaFault(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore["put"]>
    ) {
      const fault = (window as { __quotaFault?: QuotaFault }).__quotaFault;
      if (fault && (fault.store === undefined || fault.store === this.name) && fault.writesLeft-- <= 0)
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      return put.apply(this, args);
    };
  });
}

/** Arms the fault (or, with null, lifts it) in the page as it is now. */
export async function setQuotaFault(page: Page, fault: QuotaFault | null): Promise<void> {
  await page.evaluate((f) => {
    const w = window as { __quotaFault?: QuotaFault };
    if (f) w.__quotaFault = f;
    else delete w.__quotaFault;
  }, fault);
}
