export type SitemapSource = {
  cities: { slug: string; updatedAt: Date; districts: { slug: string; updatedAt: Date }[] }[];
  offers: { slug: string; updatedAt: Date }[];
};
