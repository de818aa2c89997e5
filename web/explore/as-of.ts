// The "as of" control: a checkbox turns the date filter on, a slider moves it a day at a time over the years
// the drawn relations cover, and a date input sets it exactly. It reports a YYYY-MM-DD day or null (any date).
const DAY_MS = 86_400_000;
/** The slider's first year until relations older than it are drawn. */
const DEFAULT_FIRST_YEAR = 2015;

function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export class AsOfControl {
  private firstYear = DEFAULT_FIRST_YEAR;
  private timer: number | undefined;

  constructor(
    private readonly enabled: HTMLInputElement,
    private readonly slider: HTMLInputElement,
    private readonly date: HTMLInputElement,
    private readonly output: HTMLOutputElement,
    /** Called once the day settles (after a slider drag ends, a short pause in typing, or a toggle). */
    private readonly onChange: (asOf: string | null) => void,
  ) {
    const today = isoDay(Math.floor(Date.now() / DAY_MS));
    this.slider.max = String(dayNumber(today));
    this.date.max = today;
    this.setRange();
    this.setDay(today);
    this.enabled.addEventListener("change", () => this.apply());
    // "input" moves the label while dragging; the graph is re-queried when the day settles.
    this.slider.addEventListener("input", () => this.setDay(isoDay(Number(this.slider.value)), false));
    this.slider.addEventListener("change", () => this.settle());
    this.date.addEventListener("change", () => {
      if (/^\d{4}-\d{2}-\d{2}$/.test(this.date.value)) {
        this.setDay(this.date.value);
        this.settle();
      }
    });
  }

  /** The day to filter on, or null when the filter is off. */
  get value(): string | null {
    return this.enabled.checked ? this.date.value || null : null;
  }

  /** The day the control shows, whether or not the filter is on. */
  get shownDay(): string {
    return this.date.value;
  }

  /** Sets the day (null: any date) as a link asks, without reporting it: the caller redraws itself. */
  set(day: string | null): void {
    this.enabled.checked = day !== null;
    if (day) {
      this.cover([day]);
      this.setDay(day);
    } else this.render();
  }

  /** Widens the slider to start at the earliest year among these partial dates ("2015", "1999-05"…). */
  cover(dates: Iterable<string | null>): void {
    let first = this.firstYear;
    for (const date of dates) {
      const year = date ? Number(date.slice(0, 4)) : NaN;
      if (year > 1900 && year < first) first = year;
    }
    if (first !== this.firstYear) {
      this.firstYear = first;
      this.setRange();
    }
  }

  private setRange(): void {
    const min = `${this.firstYear}-01-01`;
    this.slider.min = String(dayNumber(min));
    this.date.min = min;
  }

  private setDay(day: string, syncSlider = true): void {
    this.date.value = day;
    if (syncSlider) this.slider.value = String(dayNumber(day));
    this.render();
  }

  private render(): void {
    this.slider.disabled = !this.enabled.checked;
    this.date.disabled = !this.enabled.checked;
    this.output.value = this.enabled.checked ? this.date.value : "any date";
    this.slider.setAttribute("aria-valuetext", this.date.value);
  }

  private settle(): void {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.onChange(this.value), 150);
  }

  private apply(): void {
    this.render();
    this.settle();
  }
}
