// What a browser does that the tests need: follow nothing by itself (each redirect is looked at),
// and keep each site's cookies (name and value; enough here, where paths do not overlap).
export interface TVisit {
  response: Response;
  /** The redirect target, resolved against the page, or null when the answer is not a redirect. */
  location: string | null;
  /** The Set-Cookie headers of the answer, as sent. */
  setCookies: string[];
}

export class TestBrowser {
  private readonly jars = new Map<string, Map<string, string>>();

  async visit(url: string): Promise<TVisit> {
    const { origin } = new URL(url);
    const jar = this.jars.get(origin) ?? new Map<string, string>();
    this.jars.set(origin, jar);
    const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(url, { redirect: 'manual', headers: cookie ? { cookie } : {} });
    const setCookies = response.headers.getSetCookie();
    for (const line of setCookies) {
      const [pair = '', ...attributes] = line.split(';');
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      const expired = value === '' || attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute) || (/^\s*expires=/i.test(attribute) && Date.parse(attribute.slice(attribute.indexOf('=') + 1)) <= Date.now()));
      if (expired) jar.delete(name);
      else jar.set(name, value);
    }
    const target = response.headers.get('location');
    return { response, location: target === null ? null : new URL(target, url).href, setCookies };
  }

  cookie(origin: string, name: string): string | undefined {
    return this.jars.get(origin)?.get(name);
  }
}
