/**
 * How much weight a source's site carries, by the brief's ranking: primary (the national body's own catalogue,
 * shop or naming guide, an official journal, a regulator, ISO, IEC, CEN, CENELEC), secondary (standards resellers
 * and mirrors of national catalogues, accreditation bodies, certification and test houses, reference works) and
 * tertiary (document-sharing sites, blogs, code repositories, consultants' pages). A site in none of the lists is
 * `unranked` and listed in COVERAGE.md, so that it gets ranked.
 */
export type SourceTier = 'primary' | 'secondary' | 'tertiary' | 'unranked';

const PRIMARY = [
  // national standards bodies, their shops and publishers
  'normy.biz', 'agentura-cas.cz', 'unmz.cz', 'din.de', 'dinmedia.de', 'beuth.de', 'dke.de', 'vde-verlag.de', 'evs.ee', 'iss.rs',
  'bds-bg.org', 'lsd.lt', 'bsigroup.com', 'aenor.com', 'une.org', 'cys.org.cy', 'nbn.be', 'ceb-bec.be', 'ds.dk', 'sfs.fi', 'normoff.gov.sk',
  'sutn.sk', 'unms.sk', 'asro.ro', 'afnor.org', 'sis.se', 'standard.no', 'nek.no', 'snv.ch', 'stadlar.is', 'hzn.hr',
  'services-publics.lu', 'nen.nl', 'uni.com', 'ceinorme.it', 'tse.org.tr', 'standards.ie', 'jsa.or.jp', 'jisc.go.jp',
  'bis.gov.in', 'standards.org.au', 'standards.govt.nz', 'bsn.go.id', 'gso.org.sa', 'aami.org', 'asq.org', 'ansi.org',
  'pkn.pl', 'lvs.lv', 'mccaa.org.mt', 'isrsm.gov.mk', 'austrian-standards.at', 'ove.at', 'scc-ccn.ca', 'csagroup.org',
  'abnt.org.br', 'iram.org.ar', 'saso.gov.sa', 'sabs.co.za', 'rst.gov.ru', 'kats.go.kr', 'samr.gov.cn', 'sac.gov.cn',
  'sist.si',
  // international and regional bodies, official journals, regulators
  'iso.org', 'iec.ch', 'cencenelec.eu', 'cenelec.eu', 'cen.eu', 'europa.eu', 'fda.gov', 'govinfo.gov', 'federalregister.gov',
  'wto.org', 'ifrs.org', 'laws.mol.gov.tw', 'mhlw.go.jp', 'env.go.jp', 'legislation.gov.uk', 'iaf.nu', 'ilac.org', 'iecee.org', 'copant.org',
  // a body's own press release, distributed by a wire service
  'news.cision.com', 'csa.ca', 'ccn-scc.ca', 'dof.gob.mx', 'imnc.org.mx', 'abntcatalogo.com.br', 'isbih.gov.ba', 'dps.gov.al',
  // a GSO member body's standards directorate, GSO's own preview copies, a standards developer for its own adoptions
  'bsmd.moic.gov.bh', 'gso-sims-preview-doc-aws.s3-eu-west-1.amazonaws.com', 'iest.org', 'nifdc.org.cn', 'hainan.gov.cn',
  // a government's register of legislative instruments (TGA orders name the AS adoptions they call up)
  'legislation.gov.au', 'sidof.segob.gob.mx',
  // Greece's standards body's own e-shop
  'elot.gr',
  // Russia's standardisation institute's catalogue and shop; Canada's industry and natural-resources departments
  'gostinfo.ru', 'standards.ru', 'ic.gc.ca', 'canada.ca',
  // Canada's official gazette, which prints the regulations that call up national standards
  'canadagazette.gc.ca',
  // BSI's own second host for its site (a press release of 2012 is stored there) (1.29.0 work)
  'bsiuat.com',
  // UL Standards & Engagement's catalogue of its own standards (UL's test and certification sites stay secondary)
  'standardscatalog.ul.com',
  // ASSP, the American National Standards developer that adopts ISO 45001 and ISO 31000 in the US
  'assp.org',
  // India's government press office (it publishes the ministries' technical regulation orders) and BIS's old domain
  'pib.gov.in', 'bis.org.in',
  // Viet Nam's standards institute (its TCVN catalogue) and Singapore's standards eShop
  'vsqi.gov.vn', 'singaporestandardseshop.sg',
  // Chile's standards institute's shop
  'ecommerce.inn.cl',
  // Korea's National Cyber Security Center, which runs the cryptographic module validation programme and names the KS it
  // applies
  'ncsc.go.kr',
  // France's mechanical-engineering standardization bureau, to which AFNOR delegates that field's standards
  'unm.fr',
  // the Dutch government's Standardisation Forum, whose comply-or-explain list names NEN documents by edition
  'forumstandaardisatie.nl',
];

const SECONDARY = [
  // resellers and mirrors of national catalogues
  'iteh.ai', 'theiteh.com', 'chinesestandard.net', 'chinesestandard.us', 'codeofchina.com', 'gbstd.com', 'chinesestandards.org',
  'standardsofchina.com', 'accuristech.com', 'intertekinform.com', 'episerver.net', 'en-standard.eu', 'e-standard.eu',
  'genorma.com', 'document-center.com', 'meganorms.com', 'meganorm.ru', 'globalspec.com', 'cntd.ru', 'gostedu.ru', 'kikakurui.com', 'techstreet.com',
  'standardsbis.bsbedge.com', 'store.ansi.org', 'webstore.ansi.org', 'normadoc.com', 'saiglobal.com',
  // accreditation bodies and scheme members
  'nab-bas.bg', 'iarm.gov.mk', 'nah.gov.hu', 'akkreditert.no', 'swedac.se', 'finas.fi', 'latak.gov.lv', 'nab.lrv.lt', 'ats.rs',
  'turkak.org.tr', 'akreditacija.hr', 'slo-akreditacija.si', 'esyd.gr', 'faggilding.is', 'ukas.com', 'dakks.de', 'cofrac.fr',
  'anab.ansi.org', 'nabcb.qci.org.in', 'saac.gov.sa', 'scc50ccn.ca',
  // a French public institute's database reproducing the official texts (JORF) on industrial risks
  'aida.ineris.fr',
  // certification and test houses, industry bodies, reference works
  'ul.com', 'ul-solutions.com', 'nemko.com', 'dekra.us', 'sgs-cqe.de', 'intertek.nl', 'tuvsud.com', 'library.raps.org',
  'medizinprodukte-europa.de', 'certifico.com', 'certifico.info', 'wikipedia.org', 'vmia.vic.gov.au', 'bangladeshtradeportal.gov.bd',
  'committee.iso.org', 'psma.com', 'inegi.up.pt', 'lisa.is', 'azurewebsites.net', 'jis.eomec.com', 'ca-tbt.com', 'ndls.org.cn',
  'cheapstandard.com', 'ilnas.public.lu', 'portail-qualite.public.lu', 'jhia.or.jp', 'cti-cert.com.tw', 'masci.or.th',
  'orderline.com', 'normas.com.br', 'jate.or.jp', 'quality.at', 'sccm.nl', 'acap.or.jp',
  'chinesestandard.de', 'csres.com', 'realstd.com', 'evsgroup.lt', 'base.garant.ru', 'allgosts.ru', 'agosty.ru', 'npalib.ru',
  'safetyweb.co.jp', 'oeg.co.jp', 'siq.si', 'ultratech-labs.com', 'uttlab.com', 'anbotek.com.cn', 'baijiantest.com',
  'acbtn.sk', 'eucert.sk', 'scancert.no', 'ncert.it', 'certsystems.kiev.ua', 'digitalforensic.jp', 'bblm.go.id', 'jipdec.or.jp',
  // met in the 1.10.0 work: a JIS reference site's sister, Korea's standards association shop, test and certification
  // houses, regional WTO TBT enquiry points' copies of notifications, BSI's own shop on a staging host
  'diy.eomec.com', 'kssn.net', 'metlabs.com', 'accutestemc.com', 'qccertification.com', 'jmtbt.com.cn', 'cnnbzj.com', 'bsi-dev.net',
  // legal databases that reprint Rosstandart's approval orders, and Russian catalogue mirrors
  'rulaws.ru', 'pravo.ppt.ru', 'bazanpa.ru', 'gostam.ru', 'rosgosts.ru', 'normadocs.ru', 'sibcnti.ru', 'consultant.ru',
  // more resellers and distributors of national catalogues, a test house's microsite, a state metrology institute
  'bsbedge.com', 'documentsales.org', 'britishstandard.org.uk', 'nlfnorm.cz', '62368-ul-solutions.com', 'belgim.by',
  // resellers, a Japanese accreditation body and an Australian catalogue mirror met in the 2026-12-05 audit and data work
  'plusstd.com', 'kpt-bj.com', 'mystandards.biz', 'jab.or.jp', 'asnzsnorm.com', 'yzbzpt.cn',
  // accreditation and certification bodies, Japan's JTC 1 standards committee, AAMI's journal
  'accredia.it', 'csqa.it', 'icmq.it', 'jbanet.or.jp', 'itscj.ipsj.or.jp', 'meridian.allenpress.com',
  // NSAI's shop resells other bodies' standards (CSA, AAMI, BSI, Standards Australia): a reseller whatever it sells,
  // so its Irish records count as secondary too rather than its foreign ones as primary; test and certification
  // houses met in the 2026-12-05 audit of Turkey
  'shop.standards.ie', 'szutest.com.tr', 'eurolab.net',
  // a publications reseller, and New Zealand's building regulator's code hub, which names the standards it cites
  'publicationstore.com', 'codehub.building.govt.nz',
  // a licensed library of standards, and an Italian electrotechnical industry federation
  'madcad.com', 'anie.it',
  // resellers, legal databases, test and certification houses, and industry bodies met in the 2026-12-05 G20 work
  'global.ihs.com', 'intertek.com', 'austest.com.au', 'kodeks.ru', 'standartgost.ru', 'znak.store', 'gostinform.ru', 'prg.kz',
  'casechat.au', 'tsniiskfire.ru', 'normservis.sk', 'iais.or.jp', 'sobecc.org.br', 'mastan.or.id', 'pusfaster.bsilhk.menlhk.go.id', 'wqa-apac.com',
  // Indonesia's accreditation body and a certification body met in the 2026-12-05 source upgrades
  'kan.or.id', 'mutuhijau.com',
  // a Ukrainian database of standards texts that reproduces DSTU forewords, and a Ukrainian certification body
  'online.budstandart.com', 'icr-cert.com.ua',
  // Vietnamese legal databases that reprint each TCVN's text, foreword included
  'thuvienphapluat.vn', 'dulieuphapluat.vn', 'dulieuphaply.vn', 'hethongphapluat.com', 'luatvietnam.vn',
  // Romania's accreditation body and an Italian certification body
  'renar.ro', 'icimgroup.com',
  // Australia and New Zealand's accreditation body; Australia's laboratory accreditation body
  'jasanz.org', 'nata.com.au',
  // a Russian state library's reference list of standards, and South Africa's National Cleaner Production Centre (a
  // government programme run with the CSIR) reporting the SABS adoption it trains auditors for
  'cnshb.ru', 'ncpc.co.za',
  // a Russian certification company that prints GOST forewords
  'sert-service.ru',
  // the Chinese-language site of the chinesestandard.net reseller (same catalogue database and shop pages); Japan's
  // accreditation body for ISMS and BCMS certification
  'gb-gbt.com', 'isms.jp',
  // certification bodies (DQS, GUTcert, mdc, TÜV Nord) reporting DIN's publications to their clients, and a reseller
  'dqsglobal.com', 'gut-cert.de', 'mdc-ce.de', 'tuev-nord.ch', 'standardsupdate.com',
  // Japan's largest certification and test house (it reports which JIS the electrical-appliance rules cite), and a
  // site that reprints Gazette of India notifications in full (1.16.0 work)
  'jqa.jp', 'gazettetracker.com',
  // Turkish test laboratories that name the TS EN their tests follow (1.16.0 work)
  'laboratuar.com', 'lvt.com.tr', 'optimumtest.com.tr',
  // a Kazakh legal database that prints interstate standards' forewords, a Kodeks partner's news on Rosstandart's
  // orders, an Italian certification body, a compliance library that sells BSI standards, an Australian test house
  'bestprofi.com', 'cntd-reglament.ru', 'sqsitalia.it', 'standards.nimonik.com', 'compeng.com.au',
  // a Turkish certification and test body, Turkish and Italian test laboratories naming the standard their tests follow,
  // and the UK's chartered IT institute interviewing BSI's standards manager (1.19.0 work)
  'turcert.com', 'oxigenanaliz.com', 'gruppobucciarelli.it', 'bcs.org',
  // a Chinese test laboratory's news on UL's editions
  'jjrlab.com',
  // DIN Media's lexicon of building-related standards, with each DIN issue's date (1.24.0 work)
  'baunormenlexikon.de',
  // NBS's publication index of BSI and NSAI documents, with each one's status and history (1.26.0 work)
  'thenbs.com',
  // a test laboratory's guides to BIS revisions, and a KOLAS-accredited Korean product certification body (1.27.0 work)
  'houseoftesting.com', 'roteco.or.kr',
  // a site that reprints South Africa's Government Gazette notices, SABS's 'Standards matters' among them (1.28.0 work)
  'greengazette.co.za',
];

const TERTIARY = [
  'kipdf.com', 'insulect.com',
  'scribd.com', 'docplayer', 'pdfcoffee', 'studylib', '777doc', 'kupdf', 'dokumen', 'vdocument', 'vdokumen', 'pdfslide', 'slideshare',
  'scritub', 'documents.pub', 'ebin.pub', 'abcdocz', '5dok', '123doc', 'yumpu', 'cupdf', 'docsbay', 'readkong', 'slideflix',
  'disserty', 'technodocbox', 'docslib', 'fdocument', 'mydoc123', 'renrendoc', 'book118', 'businessdocbox', 'docx.baby',
  'fliphtml5', 'pubhtml5', 'issuu', 'manualzilla', 'idoc.pub', 'paperzz', '1library', 'readbag', 'docstoc', 'wendang',
  'reader8', 'docsplayer', 'pdfs.asia', 'pdf4pro', 'duodown', 'github.com', 'githubusercontent.com', 'blogspot.', 'prideseotools',
  'weatherforecast', 'fanyv88', 'arietiform', '.top', 'paperai', 'tnlab.org', 'asmedoc.com', 'freestd', 'guifanku', 'bzxz.net',
  'wikimili', 'de-academic', 'defzone', 'jakami.de', 'r859.com',
  // Consultants' and vendors' pages: useful leads, never the body's own word.
  'qarad.com', 'asconsulting.rs', 'kcbformazione.it', 'medical-device-regulation.eu', 'ombuenterprises.com', 'sterilizationbio.com',
  'switec.info', 'ce-marking.help', 'eisnersafety.com', 'ensafegroup.com.au', 'qualitiso.com', '17020-consultants.nl', '360compliance.co',
  'cleverisia.com', '17ehs.com', 'vista-compliance.com', 'isemed.eu', 'processfactory.it', 'tonucci.com', 'studiovicentin.it',
  'solveconsulting.it', 'newton-consulting.co.jp', 'pdcatovision.com', 'technofer-enews.jp', 'iso9001.bg', 'risikomanager.org',
  // download sites, forums and personal pages
  'ngfr.net', 'epage.pub', 'slidepub.com', 'lgpdportal.com.br', 'pinzhi.org', 'bzfxw.com', 'bzfyw.com', 'est.hi-ho.ne.jp',
  'tistory.com', 'nobody.jp', 'cornels-photography.com', 'happy7t.cn', 'dingdangling.com', 'savepdf.org', 'melakarnets.com',
  'guifan.ocsyun.com', 'bzchaxun.com', 'mdjjksjc.com', 'gx130.cn', 'abjpt.com', 'baclcorp.com.cn', '52voa.cn', 'yziin.com',
  'xuazi.com', 'desk33.com', 'dmzsm.com', 'yuyug.cn', 'gxjzx.com', 'in-inch.ru', 'ajdocs.ru', 'scrapbox.io',
  // met in the 1.11.0 work: document-sharing and download sites, company news pages and their mirrors, consultancies
  'tailieu.vn', '31doc.com', 'github5.com', 'docs.whres.net', 'aosenyuan.com', 'noelleperformanceengineering.com',
  'iso.kiev.ua', 'cybersecuritycentre.com.au',
  // a Russian medical-education site's news page (медуниверситет.рф)
  'xn--b1adccapc0al7alnbe.xn--p1ai',
  // trade press, law firms' and consultants' articles: they report a standard, they do not publish it
  'gma.trade', 'accionvegana.org', 'brodies.com', 'luatsutran.vn', 'globalcompliancenews.com', 'regsol.jp', 'lexisnexis.com', 'unternehmensstrafrecht.de', 'wiki.foxtom.de',
  'business-wissen.de', 'sachkunde24.de', 'analytik.de', 'ishn.com', 'chemicalprocessing.com', 'industrialhygienepub.com', 'ey.com',
  'iso-iso9000.com', 'gefahrgut.de', 'elektrofachkraft.de', 'security.de',
  // trade press and content farms that print designations no source supports; a shop whose product pages are
  // generated marketing text with claims about the standards' content that are false
  'standardstore.co.uk', 'voltimum.de', 'elektropraktiker.de', 'weka.de', 'h8h.net', 'iecgauges.com',
  // download sites, wiki mirrors, a textbook preview, consultants', vendors' and law firms' pages
  'pdfdrive.to', 'wiki.x.io', 'jagomart.net', 'edises.it', 'cloix-mendesgil.com', 'instrumentation2000.com', 'pegasomanagement.com',
  'qscpl.com', 'isocebelge.com', 'dental-management.nl', 'prevencionlaboralrimac.com', 'jakosc.biz', 'mdg.com.pl', 'blog.neotel.com.br',
  'frareg.com', 'aib.it', 'nt24.it', 'margottaconsulting.it',
  // a workplace-safety news site
  'amblav.it',
  // text mirrors, download sites, news, journals, consultants and blogs met in the 2026-12-05 G20 work: they report
  // or copy a standard, they do not publish it
  'stroyinf.ru', 'rssing.com', 'inews.id', 'gtsever.ru', 'dnaop.com', 'jsdrm.ru', '1cert.ru', 'mealir.com', 'downstd.com',
  'gbotev.com', 'sinaenco.com.br', 'quizgecko.com', 'pdfcookie.com', 'rsdjournal.org', 'periodicos.saude.sp.gov.br', 'ecoweek.ca',
  'chinavalue.com.cn', 'js-technik.de', 'elektro.net', 'apegri.org', 'sustain.id', 'e-kalibrasi.id', 'xzfsj.cn',
  'electricpower.it', 'tharsos.it', 'sviluppoeinnovazione.it', 'isportal.it', 'dicrosta.it', 'infoqual.it', 'doczz.it', 'kidd.co.kr', 'teqegypt.com',
  'normwijzer.nl', 'sunstar.com.ph', 'pravanet.ru', 'sertifikat.bz', 'gostassistent.ru', 'studmed.ru', 'globalauthorid.com',
  'wordpress.com', 'patisegnoticias.com.br', 'moam.info', 'skonline.ru', 'rags.ru', 'altso.org.tr', 'uolektis.lt', 'mojstandard.rs', 'actia-asso.eu', 'recipe.ru', 'omegametall.ru', 'ohoronapraci.com', 'focdoc.ru', 'twirpx.one', 'gost2014.ru', 'filipinoengineer.com', 'runormy.ru',
  // download sites, vendors' glossaries, company blogs and certificates, and a mining regulator's news met in the
  // 1.10.0 work: they copy or mention a standard, they do not publish it
  'dafratec.com', '5y1.org', 'kincaid.com.br', 'nimonik-documents.com', 'biao-zhun.cn', 'thaispauae.com', 'tipa.hu',
  'youscribe.com', 'zlibrary.cc', 'mgbr13.ph',
  // a test-equipment vendor's copy of a testing-news article (1.12.0 work)
  'bowken.cn',
  // Korean and South African news and trade press, a consultant's blog, Naver blogs and a Chinese download forum (1.13.0
  // work): they report or copy a standard, they do not publish it
  'blog.naver.com', 'epnews.co.kr', 'greened.kr', 'etnews.com', 'mdracat.com', 'sheqmanagement.com', 'my678.cn',
  // a document-sharing site, and a regulatory consultancy's and a test engineer's blogs (1.15.0 work)
  'idoc.tips', 'emergobyul.com', 'medteq.net',
  // a PDF-selling site that reprints catalogue entries, a blog that copies a GOST's cover, a newspaper (1.16.0 work)
  'docuwebs.org', 'police-club.ru', 'thehindu.com', 'analisirischimacchine.com', 'alfaconsult.it',
  // a Brazilian data-protection blog reporting ABNT's publications (1.17.0 work)
  'dponapratica.com.br',
  // Russian sites that reprint the pages of a GOST's text without being a catalogue or its publisher (1.24.0 work)
  'geostart.ru', 'informproekt.ru',
  // a UK health-and-safety consultancy (1.24.0 work)
  'keygroupservices.com',
  // a web proxy that serves other sites' pages (here a document-sharing copy)
  'codestin.com',
  // a third-party site that republishes SNV's shop entries, without SNV's authority (1.26.0 work)
  'snv-seo.vercel.app',
  // a manufacturer's customer magazine, a tools supplier's blog, South African trade press and a Russian journal: they
  // name the national standards their readers apply, they do not publish them (1.28.0 work)
  'r-stahl.com', 'btsa.in', 'cbn.co.za', 'instrumentation.co.za', 'ql-journal.ru',
  // an Italian training seller's course page naming the standard it teaches (1.31.0 work)
  'we-learn.it',
  // trade press reporting a US standards developer's new edition (1.32.0 work)
  'gasprocessingnews.com', 'imtr.net',
];

function matches(host: string, entry: string): boolean {
  return entry.startsWith('.') || entry.endsWith('.') ? host.includes(entry) : host === entry || host.endsWith(`.${entry}`) || (!entry.includes('.') && host.includes(entry));
}

export function hostOfUrl(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '').replace(/\.$/, '');
  } catch {
    return url;
  }
}

export function tierOf(url: string): SourceTier {
  const host = hostOfUrl(url);
  // A raw IP address names no publisher anyone can check.
  if (/^\d+(\.\d+){3}$/.test(host)) return 'tertiary';
  if (TERTIARY.some((e) => matches(host, e))) return 'tertiary';
  // The most specific entry decides: ANSI is a standards body (ansi.org), its webstore a reseller (webstore.ansi.org).
  const longest = (entries: readonly string[]) => Math.max(0, ...entries.filter((e) => matches(host, e)).map((e) => e.length));
  const primary = longest(PRIMARY);
  const secondary = longest(SECONDARY);
  if (primary === 0 && secondary === 0) return 'unranked';
  return primary >= secondary ? 'primary' : 'secondary';
}
