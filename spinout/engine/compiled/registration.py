"""The registration library's clause templates, compiled by Jinja 3.1.6.

Written by `make compiled-clauses` (spinout/engine/precompiled.py) from the YAML: do not edit.
"""
# ruff: noqa
# mypy: ignore-errors

JINJA = '3.1.6'
SIGNATURE = 'f66b7cfbb3f2653c321e2a41282bbb173d8f765d8db9f212bc8dceb9a89d0215'

from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join


def _t0(environment):
    name = 'application-forms/part-title'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_class = resolve('member_class')
        pass
        yield 'Membership application: '
        yield str(environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'name'))

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t1(environment):
    name = 'apply-about/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_society = resolve('society')
        l_0_member_class = resolve('member_class')
        pass
        yield 'Use this form to apply to join '
        yield str(environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'name'))
        yield ' as one of its '
        yield str(environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'name'))
        yield '. If you need the form in another format, or help to fill it in, ask the secretary.'

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t2(environment):
    name = 'apply-about/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_class = resolve('member_class')
        pass
        yield 'Who can apply: '
        yield str(environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'eligibility'))

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t3(environment):
    name = 'apply-about/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_class = resolve('member_class')
        pass
        if (environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'min_age') > 0):
            pass
            yield str(('If you are applying for yourself, you' if environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'organisations') else 'You'))
            yield ' must be at least '
            yield str(environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'min_age'))
            yield ' years old to join.'
            if environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'organisations'):
                pass
                yield ' There is no minimum age for an organisation.'
        else:
            pass
            yield 'There is no minimum age for this member class.'

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t4(environment):
    name = 'apply-about/3/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_class = resolve('member_class')
        pass
        yield str(('1' if environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'organisations') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t5(environment):
    name = 'apply-about/4'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_class = resolve('member_class')
        l_0_shares = resolve('shares')
        try:
            t_1 = environment.filters['money']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'money' found.")
        try:
            t_2 = environment.filters['plural']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'plural' found.")
        pass
        yield 'To join, you buy '
        yield str(('one share' if (environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'shares_required') == 1) else str_join((environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'shares_required'), ' shares', ))))
        yield ' of '
        yield str(t_1(environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'nominal_value')))
        if (environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'shares_required') > 1):
            pass
            yield ' each, '
            yield str(t_1((environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'shares_required') * environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'nominal_value'))))
            yield ' in all'
        yield '. You pay when you apply. '
        if (environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'withdrawable') and environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'membership_share_withdrawable')):
            pass
            yield 'This money can be paid back to you when you leave'
            if (environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'withdrawal_notice_months') > 0):
                pass
                yield ', after '
                yield str(t_2(environment.getattr((undefined(name='shares') if l_0_shares is missing else l_0_shares), 'withdrawal_notice_months'), 'month'))
                yield "' notice"
            yield ". The board can delay payments if it needs to protect the society's money."
        else:
            pass
            yield 'This money cannot be paid back to you. When you leave, the share is cancelled and the money stays with the society.'
        yield ' If the board does not accept you, your money is returned.'

    blocks = {}
    debug_info = '1=26'
    return locals()


def _t6(environment):
    name = 'apply-about/5'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_class = resolve('member_class')
        pass
        yield 'Ask the secretary how to pay. If paying for the '
        yield str(('share' if (environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'shares_required') == 1) else 'shares'))
        yield ' would be hard for you, tell the secretary.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t7(environment):
    name = 'apply-declaration/0/item0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_class = resolve('member_class')
        pass
        yield '□ I meet the conditions for this member class set out above'
        yield str((', including the minimum age' if (environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'min_age') > 0) else ''))
        yield '.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t8(environment):
    name = 'apply-declaration/0/item1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_society = resolve('society')
        pass
        yield '□ I have read, or been offered, a copy of the rules of '
        yield str(environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'name'))
        yield ', and I agree to be bound by them.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t9(environment):
    name = 'apply-declaration/0/item2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_class = resolve('member_class')
        pass
        yield '□ I understand that membership is my free choice'
        if environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'employees'):
            pass
            yield ', that it is never a condition of my job or of getting work from the society, and that my work will not be affected by whether I join or how I vote'
        yield '.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t10(environment):
    name = 'apply-declaration/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_society = resolve('society')
        pass
        yield 'How we use your details. '
        yield str(environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'name'))
        yield ' will use the details on this form to deal with your application and to keep the register of members that the law requires. We will keep them safe and will not share them, except where the law or the rules require it.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t11(environment):
    name = 'apply-declaration/4'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_class = resolve('member_class')
        pass
        yield 'If you sign for '
        yield str(('an organisation, as the person it has authorised, or for ' if environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'organisations') else ''))
        yield 'someone you have legal authority to act for, please also fill in:'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t12(environment):
    name = 'apply-declaration/4/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_class = resolve('member_class')
        pass
        yield str(('1' if (environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'organisations') or (not environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'employees'))) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t13(environment):
    name = 'apply-details/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_class = resolve('member_class')
        pass
        yield 'Date of birth: ..................... We ask only to check that you are at least '
        yield str(environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'min_age'))
        yield '.'
        if environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'organisations'):
            pass
            yield ' Leave it blank if you are applying for an organisation.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t14(environment):
    name = 'apply-details/1/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_class = resolve('member_class')
        pass
        yield str(('1' if (environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'min_age') > 0) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t15(environment):
    name = 'apply-details/2/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_class = resolve('member_class')
        pass
        yield str(('1' if environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'employees') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t16(environment):
    name = 'apply-details/3/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_class = resolve('member_class')
        pass
        yield str(('1' if environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'organisations') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t17(environment):
    name = 'apply-details/4'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_member_class = resolve('member_class')
        pass
        yield str(('If you are applying for yourself, you' if environment.getattr((undefined(name='member_class') if l_0_member_class is missing else l_0_member_class), 'organisations') else 'You'))
        yield ' can name someone to receive your shares, and any other money you have in the society, if you die. Ask the secretary for a nomination form.'

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t18(environment):
    name = 'founding-agenda/3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_society = resolve('society')
        l_0_law = resolve('law')
        l_0_is_coop = resolve('is_coop')
        pass
        yield 'The draft rules: a resolution to adopt the rules of '
        yield str(environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'name'))
        yield ' in the form attached, and to apply to the '
        yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'registrar'))
        yield ' to register it as a '
        yield str(('co-operative society' if (undefined(name='is_coop') if l_0_is_coop is missing else l_0_is_coop) else 'community benefit society'))
        yield '.'

    blocks = {}
    debug_info = '1=15'
    return locals()


def _t19(environment):
    name = 'founding-agenda/4'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_founders = resolve('founders')
        pass
        yield 'Admission of the founder members and their member classes: '
        l_1_loop = missing
        for l_1_f, l_1_loop in LoopContext((undefined(name='founders') if l_0_founders is missing else l_0_founders), undefined):
            l_1_member_classes = resolve('member_classes')
            _loop_vars = {}
            pass
            yield str(environment.getattr(l_1_f, 'name'))
            yield ' ('
            for l_2_c in (undefined(name='member_classes') if l_1_member_classes is missing else l_1_member_classes):
                _loop_vars = {}
                pass
                if (environment.getattr(l_2_c, 'key') == environment.getattr(l_1_f, 'member_class')):
                    pass
                    yield str(environment.getattr(l_2_c, 'name'))
            l_2_c = missing
            yield ')'
            yield str(('; ' if (not environment.getattr(l_1_loop, 'last')) else '.'))
        l_1_loop = l_1_f = l_1_member_classes = missing

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t20(environment):
    name = 'founding-agenda/6'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_secretary = resolve('secretary')
        l_0_founders = resolve('founders')
        try:
            t_1 = environment.filters['first']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'first' found.")
        try:
            t_2 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        pass
        yield 'Appointment of the secretary: '
        yield str(((undefined(name='secretary') if l_0_secretary is missing else l_0_secretary) if (undefined(name='secretary') if l_0_secretary is missing else l_0_secretary) else environment.getattr(t_1(environment, t_2(context, (undefined(name='founders') if l_0_founders is missing else l_0_founders), 'secretary')), 'name')))
        yield ' is proposed'
        yield str((', who is not a founder member' if (undefined(name='secretary') if l_0_secretary is missing else l_0_secretary) else ''))
        yield '.'

    blocks = {}
    debug_info = '1=26'
    return locals()


def _t21(environment):
    name = 'founding-agenda/7'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_society = resolve('society')
        pass
        yield 'The registered office: '
        yield str(environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'registered_office'))
        yield '.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t22(environment):
    name = 'founding-agenda/9'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_law = resolve('law')
        pass
        yield 'Authority for the secretary to make small changes to the rules that the '
        yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'registrar_short'))
        yield ' asks for.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t23(environment):
    name = 'founding-minutes/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_society = resolve('society')
        pass
        yield 'Minutes of the founding meeting of '
        yield str(environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'name'))
        yield '.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t24(environment):
    name = 'founding-minutes/12'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_law = resolve('law')
        l_0_asset_lock = resolve('asset_lock')
        pass
        yield 'Changes the '
        yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'registrar_short'))
        yield ' asks for. RESOLVED that the secretary, with the agreement of a majority of the first directors, may make any change to the rules that the '
        yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'registrar_short'))
        yield ' asks for as a condition of registration, as long as it does not change the member classes, the voting, the seats on the board, the powers of the members'
        yield str((' or the asset lock' if (environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'kind') != 'none') else ''))
        yield '. Any other change must come back to a meeting of the founder members. The secretary must report every change to the founder members.'

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t25(environment):
    name = 'founding-minutes/14'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_service = resolve('service')
        pass
        yield 'The next steps agreed, with a name and a date for each: for example sending the application, opening the bank account, telling staff and the people who use the service, and talking to '
        yield str((environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') if environment.getattr((undefined(name='service') if l_0_service is missing else l_0_service), 'parent_body') else 'the people who fund the service'))
        yield '. Then any other business, and the time the meeting closed.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t26(environment):
    name = 'founding-minutes/4'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_society = resolve('society')
        l_0_law = resolve('law')
        l_0_is_coop = resolve('is_coop')
        pass
        yield 'Rules. RESOLVED that the rules of '
        yield str(environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'name'))
        yield ', in the form attached to these minutes and signed by the chair to identify them, be adopted as the rules of the society, and that the secretary apply to the '
        yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'registrar'))
        yield ' for the registration of '
        yield str(environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'name'))
        yield ' as a '
        yield str(('co-operative society' if (undefined(name='is_coop') if l_0_is_coop is missing else l_0_is_coop) else 'community benefit society'))
        yield ' under the '
        yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'act'))
        yield '.'

    blocks = {}
    debug_info = '1=15'
    return locals()


def _t27(environment):
    name = 'founding-minutes/5'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_founders = resolve('founders')
        try:
            t_1 = environment.filters['list']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'list' found.")
        try:
            t_2 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        pass
        yield 'Founder members. RESOLVED that the following '
        yield str(('people and organisations' if t_1(context.eval_ctx, t_2(context, (undefined(name='founders') if l_0_founders is missing else l_0_founders), 'registered_society')) else 'people'))
        yield ', who have each applied to join and agreed to pay for the shares their class needs, be admitted as the founder members of the society in the member classes shown, and be entered in the register of members when the society is registered: '
        l_1_loop = missing
        for l_1_f, l_1_loop in LoopContext((undefined(name='founders') if l_0_founders is missing else l_0_founders), undefined):
            l_1_member_classes = resolve('member_classes')
            _loop_vars = {}
            pass
            yield str(environment.getattr(l_1_f, 'name'))
            yield ' ('
            for l_2_c in (undefined(name='member_classes') if l_1_member_classes is missing else l_1_member_classes):
                _loop_vars = {}
                pass
                if (environment.getattr(l_2_c, 'key') == environment.getattr(l_1_f, 'member_class')):
                    pass
                    yield str(environment.getattr(l_2_c, 'name'))
            l_2_c = missing
            yield str((', a registered society' if environment.getattr(l_1_f, 'registered_society') else ''))
            yield ')'
            yield str(('; ' if (not environment.getattr(l_1_loop, 'last')) else '.'))
        l_1_loop = l_1_f = l_1_member_classes = missing

    blocks = {}
    debug_info = '1=25'
    return locals()


def _t28(environment):
    name = 'founding-minutes/7'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_board = resolve('board')
        pass
        yield 'The names of the first directors and the member class each one comes from. The rules need at least '
        yield str(environment.getattr((undefined(name='board') if l_0_board is missing else l_0_board), 'min_size'))
        yield ' directors, each aged '
        yield str(environment.getattr((undefined(name='board') if l_0_board is missing else l_0_board), 'director_min_age'))
        yield ' or over. Follow the class seats in the rules as closely as you can, so every class has a voice from the start.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t29(environment):
    name = 'founding-minutes/8'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_secretary = resolve('secretary')
        l_0_founders = resolve('founders')
        try:
            t_1 = environment.filters['first']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'first' found.")
        try:
            t_2 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        pass
        yield 'Secretary. RESOLVED that '
        yield str(((undefined(name='secretary') if l_0_secretary is missing else l_0_secretary) if (undefined(name='secretary') if l_0_secretary is missing else l_0_secretary) else environment.getattr(t_1(environment, t_2(context, (undefined(name='founders') if l_0_founders is missing else l_0_founders), 'secretary')), 'name')))
        yield str((', who is not a founder member,' if (undefined(name='secretary') if l_0_secretary is missing else l_0_secretary) else ''))
        yield ' be appointed secretary of the society, and that the first directors confirm this appointment at their first meeting.'

    blocks = {}
    debug_info = '1=26'
    return locals()


def _t30(environment):
    name = 'founding-minutes/9'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_society = resolve('society')
        pass
        yield 'Registered office. RESOLVED that the registered office of the society be at '
        yield str(environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'registered_office'))
        yield '.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t31(environment):
    name = 'reg-after/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_society = resolve('society')
        l_0_law = resolve('law')
        pass
        yield "The society's financial year ends on "
        yield str(environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'year_end'))
        yield '. Within '
        yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'annual_return_months'))
        yield ' months of each year end, the society must send the '
        yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'registrar_short'))
        yield " its annual return, with its accounts and any auditor's report."

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t32(environment):
    name = 'reg-after/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_meetings = resolve('meetings')
        try:
            t_1 = environment.filters['plural']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'plural' found.")
        pass
        yield 'The Annual General Meeting must be held within '
        yield str(t_1(environment.getattr((undefined(name='meetings') if l_0_meetings is missing else l_0_meetings), 'agm_within_months'), 'month'))
        yield ' of each year end. It receives the accounts and elects directors.'

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t33(environment):
    name = 'reg-after/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_law = resolve('law')
        pass
        yield 'A change to the rules takes effect only once the '
        yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'registrar_short'))
        yield ' has registered it: see the '
        yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'amendment_citation'))
        yield '. After the members agree a change, the secretary sends it to the '
        yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'registrar_short'))
        yield ' with the fee. Until it is registered, keep following the old rule.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t34(environment):
    name = 'reg-after/3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_law = resolve('law')
        pass
        yield 'Keep the register of members and the register of officers up to date. Tell the '
        yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'registrar_short'))
        yield ' if the registered office moves, in the way the '
        yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'registrar_short'))
        yield ' asks.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t35(environment):
    name = 'reg-after/4'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_society = resolve('society')
        pass
        yield "Show the society's full name, "
        yield str(environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'name'))
        yield ', on its website, letters, invoices and contracts, and at its registered office.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t36(environment):
    name = 'reg-before/0/item0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_law = resolve('law')
        l_0_society = resolve('society')
        pass
        yield '□ search the '
        yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'registrar_short'))
        yield "'s Mutuals Public Register and the Companies House register for "
        yield str(environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'name'))
        yield '. The name must not be the same as, or too like, a name already registered;'

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t37(environment):
    name = 'reg-before/0/item1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_nation_law = resolve('nation_law')
        try:
            t_1 = environment.filters['join']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'join' found.")
        try:
            t_2 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield '□ the name must end with "'
        yield str(t_1(context.eval_ctx, environment.getattr((undefined(name='nation_law') if l_0_nation_law is missing else l_0_nation_law), 'name_endings'), '" or "'))
        yield '"'
        if (t_2(environment.getattr((undefined(name='nation_law') if l_0_nation_law is missing else l_0_nation_law), 'name_endings')) > 1):
            pass
            yield ' ("Cyfyngedig" is allowed because the registered office is in '
            yield str(environment.getattr((undefined(name='nation_law') if l_0_nation_law is missing else l_0_nation_law), 'label'))
            yield ')'
        yield ';'

    blocks = {}
    debug_info = '1=25'
    return locals()


def _t38(environment):
    name = 'reg-before/0/item2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_is_cbs = resolve('is_cbs')
        pass
        yield '□ '
        if (undefined(name='is_cbs') if l_0_is_cbs is missing else l_0_is_cbs):
            pass
            yield 'a community benefit society may not use the word "co-operative" in its name, in English or in any other language (in Welsh, for example, "cydweithredol" or "cydweithredfa");'
        else:
            pass
            yield 'check that no one else is using the name, or one close to it, for a similar service in your area;'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t39(environment):
    name = 'reg-before/0/item3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_society = resolve('society')
        l_0_law = resolve('law')
        pass
        yield '□ '
        if environment.call(context, environment.getattr(environment.call(context, environment.getattr(environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'name'), 'lower')), 'endswith'), 'cyfyngedig'):
            pass
            yield 'the name is in Welsh. The '
            yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'registrar_short'))
            yield ' asks for an English translation of a name that is not in English: give one with the application, and use the same translation wherever you are asked for it;'
        else:
            pass
            yield 'if the name, or any word in it, is not English (for example Welsh or Gaelic), give the '
            yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'registrar_short'))
            yield ' an English translation of it with the application;'

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t40(environment):
    name = 'reg-before/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_law = resolve('law')
        l_0_founders = resolve('founders')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield 'The founder members. The law needs at least '
        yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'min_founders'))
        yield ' members to register a society (or 2, if both are registered societies). Your answers name '
        yield str(t_1((undefined(name='founders') if l_0_founders is missing else l_0_founders)))
        yield ' founder members, with their member classes: '
        l_1_loop = missing
        for l_1_f, l_1_loop in LoopContext((undefined(name='founders') if l_0_founders is missing else l_0_founders), undefined):
            l_1_member_classes = resolve('member_classes')
            _loop_vars = {}
            pass
            yield str(environment.getattr(l_1_f, 'name'))
            yield ' ('
            for l_2_c in (undefined(name='member_classes') if l_1_member_classes is missing else l_1_member_classes):
                _loop_vars = {}
                pass
                if (environment.getattr(l_2_c, 'key') == environment.getattr(l_1_f, 'member_class')):
                    pass
                    yield str(environment.getattr(l_2_c, 'name'))
            l_2_c = missing
            yield str((', a registered society' if environment.getattr(l_1_f, 'registered_society') else ''))
            yield str((', secretary' if environment.getattr(l_1_f, 'secretary') else ''))
            yield ')'
            yield str(('; ' if (not environment.getattr(l_1_loop, 'last')) else '.'))
        l_1_loop = l_1_f = l_1_member_classes = missing

    blocks = {}
    debug_info = '1=20'
    return locals()


def _t41(environment):
    name = 'reg-before/10'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_law = resolve('law')
        pass
        yield 'The statutory asset lock. The prescribed rule has been pasted into the answers, but no one has yet recorded comparing it with the official text. Compare it word for word, and number for number, with Schedule 1 to the '
        yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'asset_lock_regulations'))
        yield ', as amended, on legislation.gov.uk. When it matches exactly, set asset_lock.statutory_text_compared to true in the answers and build the pack again. Until then the checks ask for attention to it. Once registered, this lock can never be removed.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t42(environment):
    name = 'reg-before/10/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_asset_lock = resolve('asset_lock')
        pass
        yield str(('1' if (((environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'kind') == 'statutory') and environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'statutory_text')) and (not environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'statutory_text_compared'))) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t43(environment):
    name = 'reg-before/11'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_law = resolve('law')
        pass
        yield 'The statutory asset lock. The answers record that the pasted rule has been compared word for word with Schedule 1 to the '
        yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'asset_lock_regulations'))
        yield ', as amended. If the text in the answers, or the Regulations, change before you apply, compare it again. Once registered, this lock can never be removed.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t44(environment):
    name = 'reg-before/11/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_asset_lock = resolve('asset_lock')
        pass
        yield str(('1' if (((environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'kind') == 'statutory') and environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'statutory_text')) and environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'statutory_text_compared')) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t45(environment):
    name = 'reg-before/12'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_asset_lock = resolve('asset_lock')
        l_0_nation_law = resolve('nation_law')
        pass
        yield 'Charity law. The rules make the society a charity, and say that its objects are exclusively charitable. '
        if environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'objects_charitable'):
            pass
            yield 'The answers record that your adviser has confirmed this.'
        else:
            pass
            yield 'Ask your adviser to confirm that every object is exclusively charitable, then set asset_lock.objects_charitable to true in the answers.'
        yield ' Ask your adviser what charity law needs before you apply, including what to tell HM Revenue and Customs and '
        yield str(environment.getattr((undefined(name='nation_law') if l_0_nation_law is missing else l_0_nation_law), 'charity_regulator'))
        yield '.'

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t46(environment):
    name = 'reg-before/12/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_asset_lock = resolve('asset_lock')
        pass
        yield str(('1' if (environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'kind') == 'charitable') else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t47(environment):
    name = 'reg-before/2/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_founders = resolve('founders')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        yield str(('1' if (t_1((undefined(name='founders') if l_0_founders is missing else l_0_founders)) < 3) else '0'))

    blocks = {}
    debug_info = '1=18'
    return locals()


def _t48(environment):
    name = 'reg-before/3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_secretary = resolve('secretary')
        l_0_founders = resolve('founders')
        try:
            t_1 = environment.filters['first']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'first' found.")
        try:
            t_2 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        try:
            t_3 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        pass
        if (undefined(name='secretary') if l_0_secretary is missing else l_0_secretary):
            pass
            yield 'The secretary is '
            yield str((undefined(name='secretary') if l_0_secretary is missing else l_0_secretary))
            yield ', who is not one of the founder members. The law does not require the secretary to be a member. The founding meeting appoints the secretary, and the first directors confirm the appointment.'
        else:
            pass
            yield 'The secretary is '
            yield str(environment.getattr(t_1(environment, t_3(context, (undefined(name='founders') if l_0_founders is missing else l_0_founders), 'secretary')), 'name'))
            yield '.'
        yield ' The secretary signs the application form, as well as '
        yield str(('both founder members' if (t_2((undefined(name='founders') if l_0_founders is missing else l_0_founders)) < 3) else 'three members'))
        yield '.'

    blocks = {}
    debug_info = '1=31'
    return locals()


def _t49(environment):
    name = 'reg-before/4'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_founders = resolve('founders')
        l_0_law = resolve('law')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        try:
            t_2 = environment.filters['list']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'list' found.")
        try:
            t_3 = environment.filters['rejectattr']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'rejectattr' found.")
        pass
        yield 'Only '
        yield str(t_1(t_2(context.eval_ctx, t_3(context, (undefined(name='founders') if l_0_founders is missing else l_0_founders), 'secretary'))))
        yield ' founder members are named besides the secretary. Check with the '
        yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'registrar_short'))
        yield ' whether the secretary may also sign as one of the three members, or add another founder member.'

    blocks = {}
    debug_info = '1=32'
    return locals()


def _t50(environment):
    name = 'reg-before/4/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_secretary = resolve('secretary')
        l_0_founders = resolve('founders')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        try:
            t_2 = environment.filters['list']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'list' found.")
        try:
            t_3 = environment.filters['rejectattr']
        except KeyError:
            @internalcode
            def t_3(*unused):
                raise TemplateRuntimeError("No filter named 'rejectattr' found.")
        pass
        yield str(('1' if (((not (undefined(name='secretary') if l_0_secretary is missing else l_0_secretary)) and (t_1((undefined(name='founders') if l_0_founders is missing else l_0_founders)) >= 3)) and (t_1(t_2(context.eval_ctx, t_3(context, (undefined(name='founders') if l_0_founders is missing else l_0_founders), 'secretary'))) < 3)) else '0'))

    blocks = {}
    debug_info = '1=31'
    return locals()


def _t51(environment):
    name = 'reg-before/5/item0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_secretary = resolve('secretary')
        l_0_founders = resolve('founders')
        try:
            t_1 = environment.filters['first']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'first' found.")
        try:
            t_2 = environment.filters['selectattr']
        except KeyError:
            @internalcode
            def t_2(*unused):
                raise TemplateRuntimeError("No filter named 'selectattr' found.")
        pass
        yield 'the secretary, '
        yield str(((undefined(name='secretary') if l_0_secretary is missing else l_0_secretary) if (undefined(name='secretary') if l_0_secretary is missing else l_0_secretary) else environment.getattr(t_1(environment, t_2(context, (undefined(name='founders') if l_0_founders is missing else l_0_founders), 'secretary')), 'name')))
        yield ': signed .............................................. date ....................'

    blocks = {}
    debug_info = '1=26'
    return locals()


def _t52(environment):
    name = 'reg-before/5/item1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_founders = resolve('founders')
        try:
            t_1 = environment.filters['length']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'length' found.")
        pass
        if (t_1((undefined(name='founders') if l_0_founders is missing else l_0_founders)) < 3):
            pass
            yield 'each founding society, through the person it has authorised (name and role): ........................................................... and ...........................................................'
        else:
            pass
            yield 'three founder members, each signing in their own name (or, for a founder that is an organisation, through the person it has named): ...................................., .................................... and ....................................'

    blocks = {}
    debug_info = '1=18'
    return locals()


def _t53(environment):
    name = 'reg-before/8'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_society = resolve('society')
        l_0_nation_law = resolve('nation_law')
        pass
        yield 'The registered office will be '
        yield str(environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'registered_office'))
        yield '. It must be in '
        yield str(environment.getattr((undefined(name='nation_law') if l_0_nation_law is missing else l_0_nation_law), 'label'))
        yield ', as the rules say. Check that the owner of the building agrees.'

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t54(environment):
    name = 'reg-before/9'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_law = resolve('law')
        pass
        yield 'The statutory asset lock. Do this first. Paste the prescribed asset-lock rule into the answers (asset_lock.statutory_text), word for word, from Schedule 1 to the '
        yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'asset_lock_regulations'))
        yield ', as amended, on legislation.gov.uk, and build the pack again. The rules in this pack still show an empty slot where it goes, and they cannot be registered until it is filled. Once registered, this lock can never be removed.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t55(environment):
    name = 'reg-before/9/when'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_asset_lock = resolve('asset_lock')
        pass
        yield str(('1' if ((environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'kind') == 'statutory') and (not environment.getattr((undefined(name='asset_lock') if l_0_asset_lock is missing else l_0_asset_lock), 'statutory_text'))) else '0'))

    blocks = {}
    debug_info = '1=12'
    return locals()


def _t56(environment):
    name = 'reg-fee/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_law = resolve('law')
        try:
            t_1 = environment.filters['money']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'money' found.")
        pass
        yield "These rules were drafted for your group. They are not a sponsoring body's model rules, so the "
        yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'registrar_short'))
        yield ' counts them as "own rules". The fee for own rules is '
        yield str(t_1(environment.getattr(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'registration_fees'), 'own_rules')))
        yield '.'

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t57(environment):
    name = 'reg-fee/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_law = resolve('law')
        pass
        yield 'Some groups register through a sponsoring body instead, such as a co-operative development body whose model rules the '
        yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'registrar_short'))
        yield ' has already approved. The fee then depends on how many of the model rules you change:'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t58(environment):
    name = 'reg-fee/1/item0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_law = resolve('law')
        try:
            t_1 = environment.filters['money']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'money' found.")
        pass
        yield 'no changes: '
        yield str(t_1(environment.getattr(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'registration_fees'), 'no_changes')))

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t59(environment):
    name = 'reg-fee/1/item1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_law = resolve('law')
        try:
            t_1 = environment.filters['money']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'money' found.")
        pass
        yield '1 to 6 changed rules: '
        yield str(t_1(environment.getattr(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'registration_fees'), 'one_to_six_changes')))

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t60(environment):
    name = 'reg-fee/1/item2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_law = resolve('law')
        try:
            t_1 = environment.filters['money']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'money' found.")
        pass
        yield '7 to 10 changed rules: '
        yield str(t_1(environment.getattr(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'registration_fees'), 'seven_to_ten_changes')))

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t61(environment):
    name = 'reg-fee/1/item3'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_law = resolve('law')
        try:
            t_1 = environment.filters['money']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'money' found.")
        pass
        yield '11 or more changed rules: '
        yield str(t_1(environment.getattr(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'registration_fees'), 'own_rules')))
        yield ', the same as own rules'

    blocks = {}
    debug_info = '1=19'
    return locals()


def _t62(environment):
    name = 'reg-fee/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_law = resolve('law')
        pass
        yield 'A sponsoring body may also charge for its help. Check the current fees on the '
        yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'registrar_short'))
        yield "'s website before you pay."

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t63(environment):
    name = 'reg-next/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_law = resolve('law')
        l_0_ref = resolve('ref')
        pass
        yield 'The '
        yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'registrar_short'))
        yield ' checks the form and the rules. It may write with questions, or ask for changes to the rules before it will register them. The founding meeting can allow the secretary to agree small changes without calling everyone together again, as '
        yield str(environment.call(context, (undefined(name='ref') if l_0_ref is missing else l_0_ref), 'founding-minutes', 'minor-changes'))
        yield ' sets out.'

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t64(environment):
    name = 'reg-next/1'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_law = resolve('law')
        pass
        yield 'The '
        yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'registrar_short'))
        yield " publishes a service standard for registration decisions, which spinout's notes give as "
        yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'registration_service_standard_days'))
        yield ' working days - check the current figure on the '
        yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'registrar_short'))
        yield "'s website. Own rules can take longer to check than model rules. Plan the service's start date with time to spare."

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t65(environment):
    name = 'reg-next/2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_law = resolve('law')
        l_0_society = resolve('society')
        pass
        yield 'When the '
        yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'registrar_short'))
        yield " registers the society, it sends a certificate of registration with the society's registration number. From that date "
        yield str(environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'name'))
        yield " is a legal body in its own right, and its members' liability is limited to the amount they have paid, or still owe, for their shares."

    blocks = {}
    debug_info = '1=14'
    return locals()


def _t66(environment):
    name = 'reg-send/0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_society = resolve('society')
        l_0_is_coop = resolve('is_coop')
        l_0_law = resolve('law')
        pass
        yield 'To register '
        yield str(environment.getattr((undefined(name='society') if l_0_society is missing else l_0_society), 'name'))
        yield ' as a '
        yield str(('co-operative society' if (undefined(name='is_coop') if l_0_is_coop is missing else l_0_is_coop) else 'community benefit society'))
        yield ' under the '
        yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'act'))
        yield ', you send the '
        yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'registrar'))
        yield ' ('
        yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'registrar_short'))
        yield ') three things. Tick each box when it is done.'

    blocks = {}
    debug_info = '1=15'
    return locals()


def _t67(environment):
    name = 'reg-send/1/item0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_law = resolve('law')
        pass
        yield '□ the '
        yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'registrar_short'))
        yield "'s form for registering a new society. Download the current version from the "
        yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'registrar_short'))
        yield "'s website, which also says how to send it;"

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t68(environment):
    name = 'reg-send/1/item2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_is_coop = resolve('is_coop')
        pass
        yield "□ with the questions about the society's business answered. The form asks how the society "
        if (undefined(name='is_coop') if l_0_is_coop is missing else l_0_is_coop):
            pass
            yield 'meets the test for a genuine co-operative (open membership, control by the members, and surplus shared only by how much members take part)'
        else:
            pass
            yield 'will run its business for the benefit of the community, not mainly for its members'
        yield '. The objects in the rules and the business case in this pack will help you answer.'

    blocks = {}
    debug_info = '1=13'
    return locals()


def _t69(environment):
    name = 'reg-send/3/item0'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_law = resolve('law')
        try:
            t_1 = environment.filters['money']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'money' found.")
        pass
        yield '□ '
        yield str(t_1(environment.getattr(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'registration_fees'), 'own_rules')))
        yield ', paid in the way the '
        yield str(environment.getattr((undefined(name='law') if l_0_law is missing else l_0_law), 'registrar_short'))
        yield "'s website says. The next section explains why."

    blocks = {}
    debug_info = '1=19'
    return locals()


TEMPLATES = {
    'application-forms/part-title': ('dcf83add409ca1b37a8616a16231b6354de1647da7245fcd2a5eb58d8ba507be', _t0),
    'apply-about/0': ('d148474beec4f5a2c043c6f7fb082712a23881639fff283a6984ba56cc8dd02e', _t1),
    'apply-about/1': ('8c3f325d126ef85f983482394b478f62d452596a4081474645103d3b6ab7cb65', _t2),
    'apply-about/2': ('341e6cd8413e8bda2b02c6d0f850313b327e3dbf5f2bb380cf0026cc87e9b8df', _t3),
    'apply-about/3/when': ('226e97224c28cf59d631e6833127ce884e860f98e3c0692e6b2ff934e519a111', _t4),
    'apply-about/4': ('9daa0de2adc53780b5455df3527db24ccac58a90e1decf083d12e13541002438', _t5),
    'apply-about/5': ('ba266b899fd9cd7357d03b5f6be8f0f67fd5af9017fa31d2e1ad14a4be117ad9', _t6),
    'apply-declaration/0/item0': ('e16bb0922c73b4c4a2b2e907b7a16b78810e45944fb8f5281d14078ab4213742', _t7),
    'apply-declaration/0/item1': ('e3d67b0eca43afa9e51f12c197f3b8dac69a684fe6897b2e4169a847a335921b', _t8),
    'apply-declaration/0/item2': ('5c4d1432c05b94d0d4763649ddd0cb94092a451aff6813e144db4d0a6e5aaf33', _t9),
    'apply-declaration/1': ('d24d9f031ad99ee40128898b9f3c81a2173a567f7059c422205031628cf5b4ab', _t10),
    'apply-declaration/4': ('0c70d56e23b0b15891980c6e89be0727e6cd4b5469b7dc6283faf7d32eba137d', _t11),
    'apply-declaration/4/when': ('cafcd471dc3dc20e4fa791c83a711d9a4a7e7bcd3aa3658f1e4fd0177971675d', _t12),
    'apply-details/1': ('f74c2aa369c76a4496df9495fe22c01b4bf142ba33e08d908171828497667c95', _t13),
    'apply-details/1/when': ('faf11f3db79db58d9dfa025f1c53647fbcbeec87b35a41767ec6e41dd7deddcc', _t14),
    'apply-details/2/when': ('e4b0ae9ea5ad027c59f1ff4d5662b911dfa6b9b378e156cf93306d9d821fbe41', _t15),
    'apply-details/3/when': ('226e97224c28cf59d631e6833127ce884e860f98e3c0692e6b2ff934e519a111', _t16),
    'apply-details/4': ('7b9d1a598729fe8784f8a055384e6b7b2c2421784684ac1ee2c9114527b7f983', _t17),
    'founding-agenda/3': ('fc22907e5da39a07d64eeacb498deb039b3811fa29385bc075672649056b4631', _t18),
    'founding-agenda/4': ('e99fcc4758db944882035a24fec7e31d2568e78de8ce0e75e8bae5fe842dd9b9', _t19),
    'founding-agenda/6': ('8b3e34b1ad78f2351b90ea7f1603e94f469d57a4036903db3d29212a9a2d0495', _t20),
    'founding-agenda/7': ('38d8ec647909d8330b4e62b42d885a97ba5579c2f9c163a5516b0a81796c6ee9', _t21),
    'founding-agenda/9': ('8abed7a19fa562e6286c261d315dfc60c61ddf5bb73503fe714770f931727bd4', _t22),
    'founding-minutes/0': ('59b1d6228bb8d789516e92de023e8c1f162b582ca737d9750f560ad933547c5b', _t23),
    'founding-minutes/12': ('a1704781263f31a91a3adc30d5ef5b66e3558a591dbfa53454bc63b03e00691f', _t24),
    'founding-minutes/14': ('bbc9770875165a8df9f12e088fc97e5a7e832aa16ae93030b33ca0dc1aed4b5f', _t25),
    'founding-minutes/4': ('08ee6fb311bdc1a314343da80494b56c270e65418a784b67b486a64419ebfc41', _t26),
    'founding-minutes/5': ('097a1a8c1d5d3346abc5421c4f72e57b5d5761fe97c6f7976a0e5c0ae1a35cb4', _t27),
    'founding-minutes/7': ('9d879354b6ccca1bc17910555578834b9b1dbbb2273bc61e34b74b819d684e01', _t28),
    'founding-minutes/8': ('4507a8a1d3f0ea8e6f373ac71c7d3525edd6e1159e6f71d6178020859b0f040e', _t29),
    'founding-minutes/9': ('b8dc6120094def00a4e8d00d8ad305802221bc20851e3e74ee95ef738fc4d2ba', _t30),
    'reg-after/0': ('8d02323157e03cacee8b2f2c11f97c76152c243bd82d5ce6b239832d71c0cd84', _t31),
    'reg-after/1': ('5c0015b7fcead9baed07f0695f1ec09c6cc60e02d2fbb791a73afc3624602096', _t32),
    'reg-after/2': ('b2f1fff71ce02889d31a7e1983c2b9ebacecaf3274ccdad9f5c6a39b9ce4ef66', _t33),
    'reg-after/3': ('b30898061cbd48632b3479590f8376acdc401a952d543a6e41b1c3c46f8de1fd', _t34),
    'reg-after/4': ('44831e2e5c84fe921d8037a272deac7d5ccd4947e516068c1c7c650f88b43ace', _t35),
    'reg-before/0/item0': ('522cfac7379f9460f7f74ecfd521867fce913d47af40eb58d0633499faabdd6c', _t36),
    'reg-before/0/item1': ('8856fa9cc4d54af553afba5e689ad2f08ba9fe0cf1d7f16b5cdc3dec412b654e', _t37),
    'reg-before/0/item2': ('0db2645649b342dbc66b894c2c2c7a5e2fe540c65f47c8a8567eddf1c74bcfab', _t38),
    'reg-before/0/item3': ('91e7a09fb88307ba65c1af60ec9924d2630aa4ece8daa6ca9d22b32fbc23921e', _t39),
    'reg-before/1': ('12f4670c2f5758357fcb3e893f199cb7f5e886bf6e2620b988fcf3dce8c2eb59', _t40),
    'reg-before/10': ('34be576e2debf957ec4abb92915af8a8977b7f3cfc6769aefbb5bd2c24d1f672', _t41),
    'reg-before/10/when': ('95ad05c797c8335770a9318a23b299922b4aec0efddbe8c59085d3e825cecd82', _t42),
    'reg-before/11': ('291bbd269175d15fbc7a047116901ef81736af979db439546f511c06aeffc326', _t43),
    'reg-before/11/when': ('52cf6c5ee691032f1874f01454f4ee9d4d148b1255f215b7fa3db3c502e6e778', _t44),
    'reg-before/12': ('f76ecec733297ac5c43ef7f7518442a33ce48fd98ce397054df57a759c0ffcce', _t45),
    'reg-before/12/when': ('5d758f98a505d4ff75df78da4b39de4bb14b4f18b6f91e1b6f2d6d2373f5c949', _t46),
    'reg-before/2/when': ('fa8e2a32c0ddfd992307707976e77e75937f5ef2c6b911e4798d3dfd68888db8', _t47),
    'reg-before/3': ('bd46924865a5f2a2bfda51f8764f99fa907090a40577681a577ea715556e231f', _t48),
    'reg-before/4': ('173f49a7e95b9e05a897835e05e0d069fe0dce1689caa0196a98347df4b2e435', _t49),
    'reg-before/4/when': ('e3d612ae600e36472b713c20dd06df6d922fcd9c1b99cfc7d24969676415977c', _t50),
    'reg-before/5/item0': ('26b1fbcc86a8e35792ac45311c6197b131f41e6fbe92d5f1f2b6c8fde213b66a', _t51),
    'reg-before/5/item1': ('e65cc469f312a03361a11c611a8f75bf1bf7a50fcf4ebad22edb2d3db1a43f49', _t52),
    'reg-before/8': ('453f7087b8de218ea0b7e04e7c8d1e214a9972e8bebae15b535f1551d3a0b98f', _t53),
    'reg-before/9': ('1cec28362142f08624c228455603d515082f13d4dccf29eed185ac5283bfb1f4', _t54),
    'reg-before/9/when': ('f62af0de20e915342aa20697607a2ef5f76077bb1800e3c314871e7887c275d0', _t55),
    'reg-fee/0': ('72904c5e5745600310be108783c66abbbe077993d7d414b153f9c750bf6abe90', _t56),
    'reg-fee/1': ('6878e5cef49d2c8eee26ef0aac180c69afcf7e879b7ddf99b0070bac4054336f', _t57),
    'reg-fee/1/item0': ('f8f36bb805bcdc2d61fc135b7e3e982a715a51c65bd5981686a93946b27e1d4e', _t58),
    'reg-fee/1/item1': ('d3dd81c763dde6ab14c72d69e81040ce828c6f88cbb608836003caff2cf54c81', _t59),
    'reg-fee/1/item2': ('d209b6cec4bcd2441a3fbcd423db57b5e598b1e6e0c81881d2712adb1a7186c3', _t60),
    'reg-fee/1/item3': ('e4dc11014af37c2f1bc3cfaf6ad6e6c9884d96fd189951c0f7123150e0920af5', _t61),
    'reg-fee/2': ('661212aeb35077bed1059af04e69f7c2295f5849cc4761ce65f78358f352bc61', _t62),
    'reg-next/0': ('7fd940c38b62cd768d540a0df18a404ad0affa2cfffc13305b288b7c5a82cc94', _t63),
    'reg-next/1': ('b72a524dadd048244aeabae93e2d7a511f4f63626ea4ec23af0b523581c207bc', _t64),
    'reg-next/2': ('8b2996e142cba2b9703bc4a3276545384f883e6fa292c29dc251c93175c3d710', _t65),
    'reg-send/0': ('624705145d40cf4f1b45c5651a467557ac3530de284c08e0e3568f0d0fea5b30', _t66),
    'reg-send/1/item0': ('1089e04babea0fd40f05262bf7fb3f3a09fd3cae9b06de97a38058ef9858b027', _t67),
    'reg-send/1/item2': ('afacd2c3f31513f04ce5f5be74e8f66f3a35a3b3e25d67134ba79dd194c9993e', _t68),
    'reg-send/3/item0': ('5a05070edb84e471063dcedf6fdfeae6f6e464d41a9217ca7921a9ac3bb39d3b', _t69),
}
