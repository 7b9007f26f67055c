/** Households with a partner: the partner's age counts for the AOW-age and youth norms. */
export const metPartner = (h: string | undefined): boolean => h === 'samenwonend' || h === 'samenwonend-met-kinderen';
