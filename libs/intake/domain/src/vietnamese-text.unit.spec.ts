import { alternativeSpellings } from '@hotline/reference-data';
import {
  canonicalToneMarks,
  foldToAscii,
  normalizedPlaceText,
  placeNameKey,
  stripAdministrativeType,
  toWellFormedText,
  vietnameseWords,
} from './vietnamese-text';

describe('VietnameseText', () => {
  describe('foldToAscii', () => {
    it('lower-cases and removes tone marks and diacritics, đ/Đ → d', () => {
      expect(foldToAscii('Đường Hoà Bình, ĐẮK LẮK')).toBe('duong hoa binh, dak lak');
      expect(foldToAscii('Thủy Nguyên')).toBe(foldToAscii('Thuỷ Nguyên'));
    });

    it('folds decomposed (NFD) input like composed (NFC) input', () => {
      expect(foldToAscii('Hòa'.normalize('NFD'))).toBe('hoa');
    });
  });

  describe('canonicalToneMarks', () => {
    it('moves the mark of open oa/oe/uy syllables to the classic (GSO) place, keeping diacritics and case', () => {
      expect(canonicalToneMarks('Hoà Thuỷ Khoá Luỹ HOÀ')).toBe('Hòa Thủy Khóa Lũy HÒA');
      expect(canonicalToneMarks('Hòa Thủy Khóa')).toBe('Hòa Thủy Khóa');
    });

    it('writes the modern style on request', () => {
      expect(canonicalToneMarks('Hòa Thủy Khóa', 'modern')).toBe('Hoà Thuỷ Khoá');
    });

    it('leaves syllables whose mark has one place alone: closed syllables, qu-/gi-, modified vowels, triphthongs', () => {
      const fixed = 'Hoàng toán Quý Quỳnh giữa người Nguyễn ngoài khuỷu mùa Huế';
      expect(canonicalToneMarks(fixed)).toBe(fixed);
      expect(canonicalToneMarks(fixed, 'modern')).toBe(fixed);
    });

    it('accepts decomposed input and returns NFC', () => {
      expect(canonicalToneMarks('Hoà'.normalize('NFD'))).toBe('Hòa');
    });

    it('makes every alternative spelling of admin_new_alt_spellings.csv equal the name in the reference files', () => {
      const rows = alternativeSpellings();
      expect(rows).toHaveLength(192);
      for (const row of rows) {
        expect(canonicalToneMarks(row['alt_spelling_thanglequoc_v3.1+'])).toBe(row['name_in_these_files']);
      }
    });
  });

  describe('placeNameKey', () => {
    it('strips a leading type word, with or without diacritics, full or abbreviated', () => {
      for (const written of ['Thành phố Hồ Chí Minh', 'thanh pho ho chi minh', 'TP. Hồ Chí Minh', 'tp.ho chi minh', 'TP Hồ Chí Minh']) {
        expect(placeNameKey(written)).toBe('ho chi minh');
      }
      expect(placeNameKey('Thị xã Kỳ Anh')).toBe('ky anh');
      expect(placeNameKey('tx Kỳ Anh')).toBe('ky anh');
      expect(placeNameKey('Huyện Đan Phượng')).toBe('dan phuong');
      expect(placeNameKey('H. Đan Phượng')).toBe('dan phuong');
      expect(placeNameKey('Thị trấn Tây Đằng')).toBe('tay dang');
      expect(placeNameKey('TT. Tây Đằng')).toBe('tay dang');
      expect(placeNameKey('Đặc khu Côn Đảo')).toBe('con dao');
      expect(placeNameKey('dac khu Con Dao')).toBe('con dao');
      expect(placeNameKey('x. Tân Lập')).toBe('tan lap');
      expect(placeNameKey('Tỉnh Hà Giang')).toBe('ha giang');
      expect(placeNameKey('Q. Ba Đình')).toBe('ba dinh');
    });

    it('keeps the number of a numbered ward and reads 01 as 1', () => {
      for (const written of ['Phường 1', 'P.1', 'p. 1', 'P1', 'phuong 01', 'PHƯỜNG 001']) {
        expect(placeNameKey(written)).toBe('1');
      }
      expect(placeNameKey('Quận 03')).toBe('3');
      expect(placeNameKey('Phường Hà Giang 01')).toBe('ha giang 1');
    });

    it('keeps a first syllable that only folds like a type word when diacritics say it is not one', () => {
      expect(placeNameKey('Tịnh Biên')).toBe('tinh bien');
      expect(placeNameKey('Phương Mai')).toBe('phuong mai');
      expect(placeNameKey('Xá Lợi')).toBe('xa loi');
    });

    it('does not strip a type word that is the whole text', () => {
      expect(placeNameKey('Phường')).toBe('phuong');
    });

    it('collapses whitespace and punctuation and joins apostrophes', () => {
      expect(placeNameKey('  Hà \t  Nội!! ')).toBe('ha noi');
      expect(placeNameKey("Ea H'Leo")).toBe('ea hleo');
      expect(placeNameKey('Ea H’Leo')).toBe('ea hleo');
      expect(placeNameKey('Phan Rang-Tháp Chàm')).toBe('phan rang thap cham');
    });
  });

  describe('stripAdministrativeType', () => {
    it('returns the type word and the rest, tone marks in classic places', () => {
      expect(stripAdministrativeType('Phường Hoà Bình')).toEqual({
        typeWord: { spelling: 'phường', abbreviations: ['p'], levels: ['commune'] },
        rest: 'Hòa Bình',
      });
      expect(stripAdministrativeType('Bắc Ninh')).toEqual({ typeWord: null, rest: 'Bắc Ninh' });
    });
  });

  describe('vietnameseWords and normalizedPlaceText', () => {
    it('splits digits from letters so that "P1" and "Q3" read as type word + number', () => {
      expect(vietnameseWords('P1 Q3').map((w) => w.ascii)).toEqual(['p', '1', 'q', '3']);
    });

    it('gives a display-grade search form that keeps diacritics', () => {
      expect(normalizedPlaceText('  Xã   Ứng Hoà, ')).toBe('xã ứng hòa');
    });
  });

  describe('toWellFormedText', () => {
    it('replaces lone surrogates, drops invisible format characters, and composes to NFC', () => {
      expect(toWellFormedText('\uD800a\uDC00')).toBe('\uFFFDa\uFFFD');
      expect(toWellFormedText('Hà\u200B Nội\uFEFF')).toBe('Hà Nội');
      expect(toWellFormedText('Hòa'.normalize('NFD'))).toBe('Hòa');
    });
  });
});
